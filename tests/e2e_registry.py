#!/usr/bin/env python3
"""End-to-end test of the registry as organisations use it (issue 15), over a real
`aigov serve` process on 127.0.0.1 and a real SQLite file — or, with `--pg`, two replicas
answering in turn on one database of a throw-away PostgreSQL cluster (tests/pglib.py):
the same contract on both backends:

  the operator token printed at first start -> register an organisation -> make its token
  -> sign in as it -> file a system -> add evidence documents and attestations -> compliance
  reaches 100 % of binding obligations; token listing, revocation and expiry; withdrawal;
  the CLI's `org` and `token` commands; compact check answers; divergence, whatif and diff
  over HTTP, equal to the CLI's; every step checked in the audit log; `aigov audit verify`.

Usage: e2e_registry.py PATH_TO_AIGOV [--pg]"""
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serverlib import ROOT, Replicas, Server, Tally, token  # noqa: E402

import yaml  # noqa: E402  (python3-yaml, installed by scripts/deps.sh)

AIGOV = os.path.abspath(sys.argv[1])
T = Tally()
ok = T.ok
tmp = tempfile.mkdtemp(prefix="aigov-registry-")
db = os.path.join(tmp, "registry.db")
PG = None
if "--pg" in sys.argv[2:]:
    import pglib  # noqa: E402
    PG = pglib.Cluster()
    db = PG.createdb("registry")

    def Server(aigov, db, *extra):  # noqa: F811  two replicas answering in turn
        return Replicas(2, aigov, db, *extra)
DATE = "2026-11-28"
PROFILE = json.loads((ROOT / "examples/california-frontier-developer.json").read_text())
# The registry's mechanics are tested on a system that stays in California (the example also
# sells across the US, which brings in Colorado, Texas and Utah law: the golden test covers it).
for k in ("markets", "outputs_used_in", "affected_persons_in"):
    PROFILE[k] = ["US-CA"]
SID = PROFILE["id"]


def cli(*args):
    p = subprocess.run([AIGOV, *args], cwd=ROOT, capture_output=True, text=True, timeout=120)
    return p.returncode, p.stdout, p.stderr


def audit(s):
    st, doc, _, _ = s.request("GET", "/v1/audit?limit=1000")
    return doc["entries"]


def last_audit(s):
    return audit(s)[-1]


# --- first start: the operator token, printed once and audited -----------------------------
s = Server(AIGOV, db, "--date", DATE)
OP = s.operator_token
ok(OP is not None and OP.startswith("agv_") and len(OP) == 64, f"first start prints an operator token: {OP}")
e = audit(s)
ok(len(e) == 1 and e[0]["action"] == "token.create" and e[0]["actor"] == "operator" and e[0]["subject"] == "operator",
   f"the operator token is audited: {e}")
st, doc, _, _ = s.request("GET", "/v1/whoami", token=OP)
ok(st == 200 and doc["role"] == "operator" and doc["actor"] == "operator", f"whoami as the operator: {doc}")

# --- the operator registers an organisation -------------------------------------------------
ORG = {"id": "frontier-lab", "name": "Frontier Lab Inc.", "kind": "company", "established": "US-CA"}
st, doc, _, _ = s.request("POST", "/v1/organisations", ORG)
ok(st == 401, f"registering without a token: 401 ({st})")
st, doc, _, _ = s.request("POST", "/v1/organisations", dict(ORG, kind="startup"), token=OP)
ok(st == 400 and doc["error"]["message"].startswith("$.kind: unknown kind 'startup'"), f"bad kind: 400 with the path ({doc})")
st, doc, _, _ = s.request("POST", "/v1/organisations", dict(ORG, established="XX"), token=OP)
ok(st == 400 and doc["error"]["message"].startswith("$.established: 'XX' is not a region"), f"bad region: 400 ({doc})")
st, doc, _, _ = s.request("POST", "/v1/organisations", dict(ORG, id="openai"), token=OP)
ok(st == 409 and "actor of the corpus" in doc["error"]["message"], f"an id of a corpus actor: 409 ({doc})")
st, doc, _, _ = s.request("POST", "/v1/organisations", ORG, token=OP)
ok(st == 201 and doc["id"] == ORG["id"] and doc["created_by"] == "operator" and doc["systems"] == [], f"organisation registered: {doc}")
a = last_audit(s)
ok(a["action"] == "organisation.create" and a["subject"] == ORG["id"] and a["actor"] == "operator", f"audited: {a}")
st, doc, _, _ = s.request("POST", "/v1/organisations", ORG, token=OP)
ok(st == 409 and "already registered" in doc["error"]["message"], "registering twice: 409")
st, doc, _, _ = s.request("GET", "/v1/organisations")
ok(st == 200 and [o["id"] for o in doc["organisations"]] == [ORG["id"]], "organisations listed")

# --- its token ------------------------------------------------------------------------------
st, doc, _, _ = s.request("POST", "/v1/tokens", {"holder": "frontier-labs"}, token=OP)
ok(st == 400 and doc["error"]["message"].startswith("$.holder: 'frontier-labs' is neither an organisation"), f"unknown holder: 400 ({doc})")
st, doc, _, _ = s.request("POST", "/v1/tokens", {"holder": ORG["id"], "expires": DATE}, token=OP)
ok(st == 400 and "later than today" in doc["error"]["message"], f"an expiry not in the future: 400 ({doc})")
st, doc, _, _ = s.request("POST", "/v1/tokens", {"holder": ORG["id"]}, token=OP)
ok(st == 201 and doc["holder"] == ORG["id"] and doc["role"] == "actor" and doc["token"].startswith("agv_" + doc["id"]), f"token made: {doc}")
TOK, TOK_ID = doc["token"], doc["id"]
a = last_audit(s)
ok(a["action"] == "token.create" and a["subject"] == ORG["id"] and a["actor"] == "operator", f"token audited: {a}")
st, doc, _, _ = s.request("POST", "/v1/tokens", {"holder": ORG["id"]}, token=TOK)
ok(st == 403 and "operator" in doc["error"]["message"], "an organisation cannot make tokens: 403")
st, doc, _, _ = s.request("POST", "/v1/organisations", dict(ORG, id="other-lab"), token=TOK)
ok(st == 403, "an organisation cannot register organisations: 403")

# --- sign in as the organisation and file its system ------------------------------------
st, doc, _, _ = s.request("GET", "/v1/whoami", token=TOK)
ok(st == 200 and doc["actor"] == ORG["id"] and doc["token_id"] == TOK_ID and doc["role"] == "actor", f"whoami: {doc}")
st, doc, _, _ = s.request("PUT", f"/v1/systems/{SID}", PROFILE, token=OP)
ok(st == 403 and "operator token" in doc["error"]["message"], "the operator files nothing: 403")
st, doc, _, _ = s.request("PUT", f"/v1/systems/{SID}", PROFILE, token=TOK)
ok(st == 201 and doc["owner"] == ORG["id"] and doc["name"] == PROFILE["name"], f"filed: {doc}")
c = doc["compliance"]
ok(c["binding"] == {"met": 0, "unmet": 8, "undecided": 0, "total": 8, "percent": 0} and c["banned"] == 0,
   f"binding obligations and conduct prohibitions counted, nothing met: {c}")
ok(c["obligations"]["total"] == 6 and c["conduct"]["total"] == 2, f"6 obligations, 2 conduct prohibitions: {c}")
ok(c["voluntary"]["unmet"] > 0, f"voluntary commitments counted apart: {c['voluntary']}")
a = last_audit(s)
ok(a["action"] == "system.create" and a["actor"] == ORG["id"] and a["subject"] == SID, f"filing audited: {a}")
st, doc, _, _ = s.request("GET", f"/v1/systems/{SID}/compliance")
provs = doc["provisions"]
ok(doc["name"] == PROFILE["name"] and doc["red_flag"] is False and doc["binding"]["percent"] == 0, f"compliance: {dict((k, v) for k, v in doc.items() if k != 'provisions')}")
cats = [p["category"] for p in provs]
order = ["banned", "binding_now", "conduct", "binding_later", "voluntary"]
ok(cats == sorted(cats, key=order.index), f"binding first, voluntary last: {cats}")
ok(all(p["article"] and p["summary"] and p["instrument"] for p in provs), "each provision carries article, summary and instrument")
now = [p for p in provs if p["category"] == "binding_now"]
conduct = [p for p in provs if p["category"] == "conduct"]
ok(len(now) == 6 and all(p["kind"] == "obligation" and p["status"] == "unmet" for p in now), f"binding obligations unmet: {now}")
ok(len(conduct) == 2 and all(p["kind"] == "prohibition" and "attestation" in p["reason"] for p in conduct), f"conduct: {conduct}")
st, doc, _, _ = s.request("GET", f"/v1/organisations/{ORG['id']}")
ok(st == 200 and doc["systems"] == [SID], "the organisation owns the system")

# --- evidence and attestations ------------------------------------------------------------
ev = {"provision": now[0]["provision"], "reference": "https://lab.example/framework.pdf", "sha256": "cd" * 32, "date": "2026-11-01"}
st, doc, _, _ = s.request("POST", f"/v1/systems/{SID}/evidence", dict(ev, provision=conduct[0]["provision"]), token=TOK)
ok(st == 400 and doc["error"]["message"].startswith("$.kind: '") and "attestation" in doc["error"]["message"], f"a document for a prohibition: 400 ({doc})")
att = {"kind": "attestation", "provision": now[0]["provision"], "statement": "We keep it.", "date": "2026-11-01"}
st, doc, _, _ = s.request("POST", f"/v1/systems/{SID}/evidence", att, token=TOK)
ok(st == 400 and "not one" in doc["error"]["message"], f"an attestation for an obligation: 400 ({doc})")
st, doc, _, _ = s.request("POST", f"/v1/systems/{SID}/evidence", dict(att, reference="x"), token=TOK)
ok(st == 400 and "$.reference" in doc["error"]["message"], "an attestation takes no reference: 400")
for i, p in enumerate(now):
    st, doc, _, _ = s.request("POST", f"/v1/systems/{SID}/evidence", dict(ev, provision=p["provision"]), token=TOK)
    ok(st == 201 and doc["kind"] == "document" and doc["compliance"]["binding"]["met"] == i + 1, f"evidence {i + 1}: {doc}")
    a = last_audit(s)
    ok(a["action"] == "evidence.add" and a["actor"] == ORG["id"] and a["subject"] == SID, f"evidence audited: {a}")
secret = TOK.split("_", 2)[2]
key = hashlib.blake2b(secret.encode(), digest_size=32).digest()
for i, p in enumerate(conduct):
    statement = f"{ORG['name']} keeps {p['article']}: no retaliation, no false statements."
    st, doc, _, _ = s.request("POST", f"/v1/systems/{SID}/evidence", dict(att, provision=p["provision"], statement=statement), token=TOK)
    ok(st == 201 and doc["kind"] == "attestation" and doc["token_id"] == TOK_ID, f"attestation {i + 1}: {doc}")
    mac = hashlib.blake2b(key=key, digest_size=32)
    mac.update(b"aigov-attestation-v1")
    for f in (SID, p["provision"], statement, att["date"], ORG["id"]):
        mac.update(len(f.encode()).to_bytes(8, "big") + f.encode())
    ok(doc.get("signature") == mac.hexdigest(), "the attestation is signed with the owner's token (BLAKE2b keyed with its secret)")
    a = last_audit(s)
    ok(a["action"] == "attestation.add" and a["actor"] == ORG["id"], f"attestation audited: {a}")
st, doc, _, _ = s.request("GET", f"/v1/systems/{SID}/compliance")
ok(doc["binding"] == {"met": 8, "unmet": 0, "undecided": 0, "total": 8, "percent": 100}, f"100 % of binding obligations: {doc['binding']}")
ok(doc["voluntary"]["met"] == 0 and doc["voluntary"]["unmet"] > 0, "voluntary commitments do not count toward it")
st, doc, _, _ = s.request("GET", f"/v1/systems/{SID}/evidence")
kinds = [x["kind"] for x in doc["evidence"]]
ok(kinds == ["document"] * 6 + ["attestation"] * 2 and doc["evidence"][-1]["statement"].startswith(ORG["name"]), f"evidence listed: {kinds}")
st, doc, _, _ = s.request("GET", "/v1/systems")
row = doc["systems"][0]
ok(row["name"] == PROFILE["name"] and row["compliance"]["binding"]["percent"] == 100 and row["withdrawn_at"] is None, f"registry list: {row}")

# --- the registry list: search, filters, sort ----------------------------------------------------
CV = json.loads((ROOT / "examples/cv-screener-us-to-eu.json").read_text())
st, doc, _, _ = s.request("PUT", f"/v1/systems/{CV['id']}", CV, token=TOK)
ok(st == 201 and doc["compliance"]["binding"]["percent"] == 0, f"a second system: {doc}")
st, doc, _, _ = s.request("GET", "/v1/systems?sort=-percent")
ok(st == 200 and [x["id"] for x in doc["systems"]] == [SID, CV["id"]] and doc["count"] == 2, "sorted by percent, descending")
st, doc, _, _ = s.request("GET", "/v1/systems?filter=unmet")
ok([x["id"] for x in doc["systems"]] == [CV["id"]], "filter: a binding obligation unmet")
st, doc, _, _ = s.request("GET", "/v1/systems?q=RANKER")
ok([x["id"] for x in doc["systems"]] == [CV["id"]], "search by name, any case")
st, doc, _, _ = s.request("GET", "/v1/systems?filter=banned")
ok(st == 200 and doc["systems"] == [], "filter: banned")
st, doc, _, _ = s.request("GET", "/v1/systems?sort=colour")
ok(st == 400 and "unknown sort 'colour'" in doc["error"]["message"], "an unknown sort: 400")

# --- tokens: list, revoke ---------------------------------------------------------------------
st, doc, _, _ = s.request("GET", "/v1/tokens", token=OP)
ok(st == 200 and [(t["holder"], t["role"], t["state"]) for t in doc["tokens"]] == [("operator", "operator", "active"), (ORG["id"], "actor", "active")],
   f"the operator lists every token: {doc}")
ok(all("token" not in t and "hash" not in t for t in doc["tokens"]), "no secret or hash is listed")
st, doc, _, _ = s.request("GET", "/v1/tokens", token=TOK)
ok(st == 200 and [t["id"] for t in doc["tokens"]] == [TOK_ID], "an organisation lists its own tokens")
st, doc, _, _ = s.request("DELETE", f"/v1/tokens/{OP.split('_')[1]}", token=TOK)
ok(st == 403 and "only its own tokens" in doc["error"]["message"], "an organisation cannot revoke another's token: 403")
st, doc, _, _ = s.request("DELETE", "/v1/tokens/0123456789abcdef", token=OP)
ok(st == 404, "revoking an unknown token: 404")
st, doc, _, _ = s.request("DELETE", f"/v1/tokens/{TOK_ID}", token=OP)
ok(st == 200 and doc["holder"] == ORG["id"] and doc["revoked_by"] == "operator", f"revoked: {doc}")
a = last_audit(s)
ok(a["action"] == "token.revoke" and a["subject"] == ORG["id"] and a["actor"] == "operator", f"revocation audited: {a}")
st, doc, _, _ = s.request("GET", "/v1/whoami", token=TOK)
ok(st == 401 and "revoked" in doc["error"]["message"], f"a revoked token: 401 saying so ({doc})")
st, doc, _, _ = s.request("DELETE", f"/v1/tokens/{TOK_ID}", token=OP)
ok(st == 409, "revoking twice: 409")

# --- expiry (the service's today moves with --date) -------------------------------------------
st, doc, _, _ = s.request("POST", "/v1/tokens", {"holder": ORG["id"], "expires": "2026-12-01"}, token=OP)
ok(st == 201 and doc["expires"] == "2026-12-01", f"a token that expires: {doc}")
EXP = doc["token"]
st, doc, _, _ = s.request("GET", "/v1/whoami", token=EXP)
ok(st == 200, "valid before its expiry")
st, doc, _, _ = s.request("POST", "/v1/tokens", {"holder": ORG["id"]}, token=OP)
TOK2 = doc["token"]
rc, err = s.stop()
ok(rc == 0, f"stopped ({err})")
s = Server(AIGOV, db, "--date", "2026-12-01")
ok(s.operator_token is None, "no new operator token on a later start")
st, doc, _, _ = s.request("GET", "/v1/whoami", token=EXP)
ok(st == 401 and "expired on 2026-12-01" in doc["error"]["message"], f"refused from its expiry date: {doc}")
st, doc, _, _ = s.request("GET", "/v1/tokens", token=OP)
ok([t["state"] for t in doc["tokens"]] == ["active", "revoked", "expired", "active"], f"states: {[t['state'] for t in doc['tokens']]}")

# --- withdrawal ---------------------------------------------------------------------------------
st, doc, _, _ = s.request("DELETE", f"/v1/systems/{SID}", token=OP)
ok(st == 403, "the operator does not withdraw an organisation's system")
st, doc, _, _ = s.request("DELETE", f"/v1/systems/{SID}", token=TOK2)
ok(st == 200 and doc["withdrawn_by"] == ORG["id"], f"withdrawn: {doc}")
a = last_audit(s)
ok(a["action"] == "system.withdraw" and a["subject"] == SID and a["actor"] == ORG["id"], f"withdrawal audited: {a}")
st, doc, _, _ = s.request("GET", f"/v1/systems/{SID}")
ok(st == 200 and doc["withdrawn_at"] and len(doc["versions"]) == 1 and len(doc["evidence"]) == 8, "kept with its history, shown as withdrawn")
st, doc, _, _ = s.request("GET", "/v1/systems?filter=withdrawn")
ok([x["id"] for x in doc["systems"]] == [SID], "filter: withdrawn")
st, doc, _, _ = s.request("GET", "/v1/systems?filter=active")
ok([x["id"] for x in doc["systems"]] == [CV["id"]], "filter: active")
st, doc, _, _ = s.request("PUT", f"/v1/systems/{SID}", PROFILE, token=TOK2)
ok(st == 409 and "withdrawn" in doc["error"]["message"], f"a withdrawn system takes no new version: {doc}")
st, doc, _, _ = s.request("POST", f"/v1/systems/{SID}/evidence", ev, token=TOK2)
ok(st == 409, "nor evidence")
st, doc, _, _ = s.request("DELETE", f"/v1/systems/{SID}", token=TOK2)
ok(st == 409, "withdrawing twice: 409")

# --- the CLI's commands over the same database ------------------------------------------------
s.stop()
rc, out, err = cli("org", "add", "civic-ai", "--name", "Civic AI e.V.", "--kind", "non_profit", "--established", "DE", "--db", db)
ok(rc == 0 and "registered" in err, f"aigov org add ({rc} {err})")
rc, out, err = cli("org", "add", "civic-ai2", "--name", "x", "--kind", "club", "--established", "DE", "--db", db)
ok(rc == 2 and "--kind: unknown kind 'club'" in err, f"aigov org add with a bad kind: exit 2 ({err})")
rc, out, err = cli("org", "list", "--db", db, "--format", "json")
ok(rc == 0 and [o["id"] for o in json.loads(out)["organisations"]] == ["civic-ai", ORG["id"]], f"aigov org list ({out})")
rc, out, err = cli("token", "create", "civic-ai", "--expires", "2099-01-01", "--db", db)
ok(rc == 0 and out.startswith("agv_"), f"aigov token create for an organisation ({err})")
CIVIC = out.strip()
rc, out, err = cli("token", "create", "--operator", "--db", db)
ok(rc == 0 and out.startswith("agv_"), f"aigov token create --operator ({err})")
rc, out, err = cli("token", "list", "--db", db)
lines = out.splitlines()
ok(rc == 0 and lines[0].split("\t")[:4] == ["id", "holder", "role", "state"] and len(lines) == 7 and CIVIC.split("_")[1] in out, f"aigov token list:\n{out}")
rc, out, err = cli("token", "revoke", CIVIC.split("_")[1], "--db", db)
ok(rc == 0 and "revoked" in err, f"aigov token revoke ({err})")
rc, out, err = cli("token", "revoke", CIVIC.split("_")[1], "--db", db)
ok(rc == 2 and "already revoked" in err, f"revoking twice: exit 2 ({err})")
rc, out, err = cli("token", "create", "civic-aj", "--db", db)
ok(rc == 2 and "civic-aj" in err and "org add" in err, f"a token for an unknown holder: exit 2 ({err})")

# --- every step in the audit log --------------------------------------------------------------
s = Server(AIGOV, db, "--date", "2026-12-01")
want = (["token.create", "organisation.create", "token.create", "system.create"] + ["evidence.add"] * 6 + ["attestation.add"] * 2 +
        ["system.create", "token.revoke", "token.create", "token.create", "system.withdraw", "organisation.create", "token.create", "token.create",
         "token.revoke"])
got = [x["action"] for x in audit(s)]
ok(got == want, f"the audit log holds every write, refused ones absent:\n{got}\n{want}")
st, doc, _, _ = s.request("GET", "/v1/audit/verify")
ok(st == 200 and doc["valid"] and doc["entries"] == len(want), f"chain valid: {doc}")

# --- compact answers ------------------------------------------------------------------------
body = json.dumps(PROFILE)
st, full, raw_full, _ = s.request("POST", "/v1/check", body)
st2, comp, raw_comp, hdr = s.request("POST", "/v1/check?compact=true", body)
ok(st == st2 == 200 and len(raw_comp) * 5 < len(raw_full), f"compact is a fraction of the full answer ({len(raw_comp)} vs {len(raw_full)} bytes)")
ids_full = [(p["id"], p["status"], p["date"]) for i in full["instruments"] for p in i["provisions"]]
ids_comp = [(p["id"], p["status"], p["date"]) for p in comp["provisions"]]
ok(ids_full == ids_comp and comp["summary"] == full["summary"], "compact carries the same decisions")
ok(all("summary" not in p and "reasons" not in p for p in comp["provisions"]), "without the long texts")
st, comp2, raw2, hdr = s.request("POST", "/v1/check", body, headers={"Prefer": "return=minimal"})
ok(st == 200 and raw2 == raw_comp and hdr.get("Preference-Applied") == "return=minimal", "Prefer: return=minimal gives the same, and says so")
HR = (ROOT / "examples/incomplete-hr-tool.json").read_text()
st, doc, _, _ = s.request("POST", "/v1/check?compact=true", HR)
q = doc["questions"]
ok(st == 200 and q and all(x["field"].startswith("system.") and x["decides"] > 0 for x in q) and
   [x["decides"] for x in q] == sorted([x["decides"] for x in q], reverse=True), f"open questions, most deciding first: {q[:3]}")
st, doc, _, _ = s.request("POST", "/v1/check?compact=true&format=md", body)
ok(st == 400 and "compact" in doc["error"]["message"], "compact is JSON only: 400")
batch = body + "\n" + json.dumps(json.loads(HR)) + "\n"
st, doc, _, _ = s.request("POST", "/v1/check?compact=true", batch, headers={"Content-Type": "application/x-ndjson"})
ok(st == 200 and [r["profile"]["id"] for r in doc["results"]] == [SID, json.loads(HR)["id"]], "compact batches")

# --- divergence, whatif, diff over HTTP, equal to the CLI ----------------------------------------
st, doc, _, _ = s.request("GET", "/v1/divergence/oecd-ai-principles?date=2026-12-01")
rc, out, _ = cli("divergence", "oecd-ai-principles", "--date", "2026-12-01", "--format", "json")
ok(st == 200 and doc == json.loads(out), "GET /v1/divergence/{id} equals `aigov divergence`")
st, doc, _, _ = s.request("GET", "/v1/divergence/oecd-ai-principle")
ok(st == 404 and "did you mean" in doc["error"]["message"], f"unknown instrument: 404 with a suggestion ({doc})")
OVF = "examples/overlays/amend-threshold.yaml"
overlay = yaml.safe_load((ROOT / OVF).read_text())
profiles_file = os.path.join(tmp, "profiles.jsonl")
with open(profiles_file, "w") as f:
    f.write(json.dumps(PROFILE) + "\n")
st, doc, _, _ = s.request("POST", "/v1/whatif?date=2026-12-01", {"overlay": overlay, "profiles": [PROFILE]})
rc, out, err = cli("whatif", OVF, "--profiles", profiles_file, "--date", "2026-12-01", "--format", "json")
ok(st == 200 and rc == 0 and doc == json.loads(out), f"POST /v1/whatif equals `aigov whatif` ({st} {doc if st != 200 else ''})")
st, doc2, _, _ = s.request("POST", "/v1/whatif?date=2026-12-01", {"overlay": overlay, "systems": [SID]})
ok(st == 200 and doc2 == doc, "whatif for a filed system's profile")
st, doc, _, _ = s.request("POST", "/v1/whatif", {"overlay": {"remove": {"instruments": ["eu-ai-actt"]}}})
ok(st == 400 and doc["error"]["diagnostics"][0]["file"] == "$.overlay" and "eu-ai-act" in doc["error"]["message"],
   f"a bad overlay: 400 naming $.overlay ({doc})")
NIST = token(AIGOV, db, "nist")
inst = {"id": "nist-registry-guidance", "title": "Guidance on registry filings", "short_title": "NIST registry guidance",
        "issuer": ["nist"], "jurisdiction": "US", "modality": "standard", "form": "standard", "binding": "voluntary",
        "layers": ["deployment"], "topics": ["safety"], "adopted": "2026-11-01", "in_force": "2026-11-01",
        "text_version": "registry filing 1", "citations": ["https://www.nist.gov/"],
        "scope": [{"trigger": "providers of AI systems", "article": "Sec. 1",
                   "when": 'sets.intersects(system.role, ["provider"])'}],
        "provisions": [{"id": "document-risks", "article": "Sec. 2", "kind": "recommendation", "addressee": ["provider"],
                        "actions": ["assess_ai_impact"], "summary": "Document the system's risks.", "when": "true"}]}
st, doc, _, _ = s.request("POST", "/v1/instruments", inst, token=NIST)
ok(st == 201, f"published ({doc})")
st, doc, _, _ = s.request("POST", "/v1/instruments", dict(inst, id="lab-guidance", issuer=[ORG["id"]]), token=TOK2)
ok(st == 403 and doc["error"]["code"] == "no_standing" and "organisation of the registry" in doc["error"]["message"],
   f"an organisation does not publish: 403 ({doc})")
st, doc, _, _ = s.request("GET", f"/v1/diff?from=0&to=1&systems={SID}&date=2026-12-01")
text = json.dumps(doc)
ok(st == 200 and "nist-registry-guidance" in text, f"GET /v1/diff shows the published instrument's effect ({st})")
st, same, _, _ = s.request("GET", "/v1/diff?from=1&to=1&date=2026-12-01")
ok(st == 200 and "nist-registry-guidance" not in json.dumps(same), "a version compared with itself: nothing about it")
st, doc, _, _ = s.request("GET", "/v1/diff?from=0&to=2")
ok(st == 400 and "0..1" in doc["error"]["message"], f"a version past the last: 400 ({doc})")
st, doc, _, _ = s.request("GET", "/v1/diff?systems=nope")
ok(st == 404 and "no system 'nope'" in doc["error"]["message"], "an unknown system: 404")
s.stop()

rc, out, err = cli("audit", "verify", "--db", db)
ok(rc == 0 and "audit log ok" in out, f"aigov audit verify: ok ({rc} {out} {err})")

shutil.rmtree(tmp, ignore_errors=True)
if PG:
    PG.cleanup()
T.finish()
