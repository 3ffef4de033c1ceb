#!/usr/bin/env python3
"""The registry's tables are a function of its audit log (issue 18; docs/security.md): a
registry is filled through a real `aigov serve`, then copies of its database are tampered
with, each in one way, and `aigov audit verify` must name what the log does not explain.
Verification opens the file read-only: it passes on a read-only copy and never writes,
creates or migrates a file (an empty file is no registry).

Usage: e2e_audit_tamper.py PATH_TO_AIGOV"""
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile

from serverlib import ROOT, Server, Tally, token

T = Tally()
ok = T.ok


def verify(aigov, db):
    p = subprocess.run([aigov, "audit", "verify", "--db", db], cwd=ROOT, capture_output=True, text=True, timeout=60)
    return p.returncode, p.stdout + p.stderr


def tampered(aigov, base, tmp, name, sql, want):
    db = os.path.join(tmp, name + ".db")
    shutil.copy(base, db)
    con = sqlite3.connect(db)
    con.executescript(sql)
    con.commit()
    con.close()
    rc, out = verify(aigov, db)
    ok(rc == 1 and "NOT valid" in out and want in out, f"{name}: verify names it (want {want!r}): exit {rc}: {out.strip()[:300]}")


def main():
    aigov = sys.argv[1]
    tmp = tempfile.mkdtemp(prefix="aigov-tamper-")
    base = os.path.join(tmp, "registry.db")
    nist = token(aigov, base, "nist")
    p = subprocess.run([aigov, "org", "add", "acme-labs", "--db", base, "--name", "Acme Labs", "--kind", "company",
                        "--established", "DE"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    ok(p.returncode == 0, f"organisation registered: {p.stderr}")
    srv = Server(aigov, base)
    try:
        op = srv.operator_token if hasattr(srv, "operator_token") else None
        prof = json.loads((ROOT / "examples/customer-chatbot.json").read_text())
        prof["id"] = "shop-bot"
        st, doc, _, _ = srv.request("PUT", "/v1/systems/shop-bot", prof, token=nist)
        ok(st == 201, f"system filed: {st} {doc}")
        prof2 = dict(prof, name=prof["name"] + " (v2)")
        st, doc, _, _ = srv.request("PUT", "/v1/systems/shop-bot", prof2, token=nist)
        ok(st in (200, 201), f"second version filed: {st} {doc}")
        ev = {"provision": "eu-ai-act/art4-ai-literacy", "reference": "https://example.org/training-plan.pdf",
              "sha256": "a" * 64, "date": "2026-11-01"}
        st, doc, _, _ = srv.request("POST", "/v1/systems/shop-bot/evidence", ev, token=nist)
        ok(st == 201, f"evidence added: {st} {doc}")
        second = token(aigov, base, "nist")
        st, doc, _, _ = srv.request("GET", "/v1/tokens", token=nist)
        ids = [t["id"] for t in (doc or {}).get("tokens", [])]
        ok(st == 200 and len(ids) >= 2, f"tokens listed: {doc}")
        st, _, _, _ = srv.request("DELETE", f"/v1/tokens/{ids[-1]}", token=nist)
        ok(st in (200, 204), f"a token revoked: {st}")
        # A system with prohibitions of conduct, and an attestation of one (signed with the token).
        fr = json.loads((ROOT / "examples/california-frontier-developer.json").read_text())
        for k in ("markets", "outputs_used_in", "affected_persons_in"):
            fr[k] = ["US-CA"]
        st, doc, _, _ = srv.request("PUT", f"/v1/systems/{fr['id']}", fr, token=nist)
        ok(st == 201, f"a second system filed: {st} {doc}")
        st, comp, _, _ = srv.request("GET", f"/v1/systems/{fr['id']}/compliance")
        conduct = [x for x in comp["provisions"] if x["category"] == "conduct"]
        att = {"kind": "attestation", "provision": conduct[0]["provision"] if conduct else "", "statement": "We keep it.", "date": "2026-11-01"}
        st, doc, _, _ = srv.request("POST", f"/v1/systems/{fr['id']}/evidence", att, token=nist)
        ok(st == 201 and doc.get("signature"), f"attestation added: {st} {doc}")
        # Issue 27, 3: the compliance the running server serves is derived; forged, the
        # service's own verification finds it.
        st, doc, _, _ = srv.request("GET", "/v1/audit/verify")
        ok(st == 200 and doc["valid"], f"the running registry verifies: {doc}")
        live = sqlite3.connect(base)
        live.execute("UPDATE compliance SET status = 'met' WHERE system_id = 'shop-bot'")
        live.commit()
        st, doc, _, _ = srv.request("GET", "/v1/audit/verify")
        ok(st == 200 and not doc["valid"] and "table compliance, system 'shop-bot'" in doc["message"], f"forged compliance found by the service: {doc}")
        live.execute("UPDATE systems SET met = 0 WHERE id = 'shop-bot'")
        live.commit()
        live.close()
        del op, second
    finally:
        code, err = srv.stop()
        ok(code == 0, f"server stopped: {err[-200:]}")
    # The server recomputes every system's compliance at start-up: the forged rows are gone.
    srv = Server(aigov, base)
    srv.stop()
    # Copies below take the database file alone: what the write-ahead log holds goes in first.
    con = sqlite3.connect(base)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    rc, out = verify(aigov, base)
    ok(rc == 0 and "every registry row explained" in out, f"the untouched registry verifies: {out}")

    # Read-only: a copy in a read-only folder verifies, and nothing is written beside it.
    ro = os.path.join(tmp, "ro")
    os.mkdir(ro)
    shutil.copy(base, os.path.join(ro, "registry.db"))
    con = sqlite3.connect(os.path.join(ro, "registry.db"))
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    os.chmod(os.path.join(ro, "registry.db"), stat.S_IRUSR)
    os.chmod(ro, stat.S_IRUSR | stat.S_IXUSR)
    before = sorted(os.listdir(ro))
    rc, out = verify(aigov, os.path.join(ro, "registry.db"))
    ok(rc == 0 and "explained" in out, f"a read-only copy verifies: exit {rc}: {out}")
    ok(sorted(os.listdir(ro)) == before, "verify wrote nothing beside the read-only copy")
    os.chmod(ro, stat.S_IRWXU)
    empty = os.path.join(tmp, "empty.db")
    open(empty, "w").close()
    rc, out = verify(aigov, empty)
    ok(rc == 2 and "empty file" in out and os.path.getsize(empty) == 0, f"an empty file is no registry, and stays empty: {out}")
    rc, out = verify(aigov, os.path.join(tmp, "missing.db"))
    ok(rc == 2 and not os.path.exists(os.path.join(tmp, "missing.db")), f"a missing file is not created: {out}")

    # Each tampering, alone, on a copy.
    tampered(aigov, base, tmp, "token-inserted",
             "INSERT INTO tokens(id, actor, hash, created_at, audit_seq, role) "
             "SELECT 'forged0000000000', 'eu-commission', hash, created_at, audit_seq, role FROM tokens LIMIT 1;",
             "table tokens, token 'forged0000000000'")
    tampered(aigov, base, tmp, "token-rebound", "UPDATE tokens SET actor = 'openai' WHERE rowid = (SELECT min(rowid) FROM tokens);",
             "table tokens")
    tampered(aigov, base, tmp, "token-unrevoked", "UPDATE tokens SET revoked_at = NULL, revoked_by = NULL WHERE revoked_at IS NOT NULL;",
             "revocation does not match the log")
    tampered(aigov, base, tmp, "token-hash-replaced", "UPDATE tokens SET hash = zeroblob(32) WHERE rowid = (SELECT min(rowid) FROM tokens);",
             "table tokens")
    tampered(aigov, base, tmp, "owner-changed", "UPDATE systems SET owner = 'openai' WHERE id = 'shop-bot';",
             "system 'shop-bot': its owner or version")
    tampered(aigov, base, tmp, "profile-edited",
             "UPDATE system_versions SET profile = replace(profile, 'shop-bot', 'shop-bot2') WHERE version = 2;",
             "table system_versions, system shop-bot version 2")
    tampered(aigov, base, tmp, "evidence-deleted", "DELETE FROM evidence;", "table evidence: evidence the log recorded")
    tampered(aigov, base, tmp, "log-truncated", "DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit);", "missing")
    tampered(aigov, base, tmp, "log-emptied", "DELETE FROM audit; DELETE FROM audit_head;", "no token.create entry of the log")
    # Issue 27, 3: each row explained, field by field, and the derived tables recomputed.
    tampered(aigov, base, tmp, "name-edited", "UPDATE systems SET name = 'A fully compliant bot' WHERE id = 'shop-bot';",
             "system 'shop-bot': its name is not the one of the profile the log filed last")
    tampered(aigov, base, tmp, "revoked-by-forged", "UPDATE tokens SET revoked_by = 'eu-commission' WHERE revoked_at IS NOT NULL;",
             "who revoked it, or when, is not what the log says")
    tampered(aigov, base, tmp, "evidence-reference-edited", "UPDATE evidence SET reference = 'https://evil.example/x.pdf';",
             "table evidence, system shop-bot")
    tampered(aigov, base, tmp, "signature-replaced", "UPDATE evidence SET signature = lower(hex(zeroblob(32))) WHERE kind = 'attestation';",
             "table evidence, system")
    tampered(aigov, base, tmp, "organisation-edited", "UPDATE organisations SET established = 'FR';",
             "table organisations, organisation 'acme-labs'")
    tampered(aigov, base, tmp, "compliance-forged", "UPDATE compliance SET status = 'met' WHERE system_id = 'shop-bot';",
             "table compliance, system 'shop-bot'")
    tampered(aigov, base, tmp, "summary-forged", "UPDATE systems SET met = 99, unmet = 0 WHERE id = 'shop-bot';",
             "table compliance, system 'shop-bot'")
    tampered(aigov, base, tmp, "nul-in-payload",
             "UPDATE audit SET payload = CAST(payload || char(0) || 'hidden' AS TEXT) WHERE seq = 1;",
             "does not match its hash")
    shutil.rmtree(tmp, ignore_errors=True)
    T.finish()


if __name__ == "__main__":
    main()
