#!/usr/bin/env python3
"""The audit log as a transparency log (issue 18; docs/security.md): a real `aigov serve`
on a real SQLite file signs tree heads with a key it makes at first start, serves inclusion
and consistency proofs, and `aigov audit check` verifies them without trusting the server.
A head kept earlier then finds what the hash chain alone cannot: the whole history deleted
with every table, a history rewritten and re-chained, the end of the log cut off together
with the head row. The server signs no head over a chain that does not verify, even when
the database is changed behind it while it runs. Bad key files, bad heads and bad proofs
are named.

Usage: e2e_audit_log.py PATH_TO_AIGOV"""
import hashlib
import json
import os
import shutil
import sqlite3
import stat
import struct
import sys
import tempfile

import e2elib
from serverlib import ROOT, Server, Tally

T = Tally()
ok = T.ok
AIGOV = sys.argv[1]


def run(*args):
    return e2elib.run(AIGOV, *args, timeout=120)


def save(path, doc):
    with open(path, "w") as f:
        json.dump(doc, f)
    return path


def entry_hash(prev, seq, at, actor, action, subject, payload):
    """docs/security.md: SHA-256("aigov-audit-v1" || prev || each field length-prefixed)."""
    h = hashlib.sha256(b"aigov-audit-v1" + prev)
    for f in [str(seq).encode(), at, actor, action, subject, payload]:
        f = f if isinstance(f, bytes) else f.encode()
        h.update(struct.pack(">Q", len(f)) + f)
    return h.digest()


def rechain(db):
    """Recomputes every entry's link and hash and the head row, as someone with write
    access to the file and the source code could: the chain is whole again."""
    con = sqlite3.connect(db)
    con.text_factory = bytes
    prev = bytes(32)
    rows = con.execute("SELECT seq, at, actor, action, subject, payload FROM audit ORDER BY seq").fetchall()
    for seq, at, actor, action, subject, payload in rows:
        h = entry_hash(prev, seq, at, actor, action, subject, payload)
        con.execute("UPDATE audit SET prev = ?, hash = ? WHERE seq = ?", (prev, h, seq))
        prev = h
    con.execute("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", (len(rows), prev))
    con.commit()
    con.close()


def copy_db(base, tmp, name, sql=None):
    db = os.path.join(tmp, name + ".db")
    shutil.copy(base, db)
    if sql:
        con = sqlite3.connect(db)
        con.executescript(sql)
        con.commit()
        con.close()
    return db


def main():
    tmp = tempfile.mkdtemp(prefix="aigov-log-")
    base = os.path.join(tmp, "registry.db")
    key = base + ".key"

    # PostgreSQL needs the key file named: every replica signs with the same one.
    rc, _, err = run("serve", "--db", "postgresql://nobody@/nowhere")
    ok(rc == 2 and "--log-key FILE" in err, f"PostgreSQL without --log-key is refused, naming it: {rc} {err.strip()}")

    srv = Server(AIGOV, base, "--date", "2026-12-02")
    heads = {}
    try:
        op = srv.operator_token
        # The first start made the key, 0600, and printed its public key.
        ok(os.path.exists(key) and stat.S_IMODE(os.stat(key).st_mode) == 0o600, f"the key file is made with mode 0600: {key}")
        st, head0, _, _ = srv.request("GET", "/v1/audit/head")
        ok(st == 200 and head0["size"] == 1 and len(head0["public_key"]) == 64 and len(head0["signature"]) == 128,
           f"GET /v1/audit/head signs the log of one entry (the operator's token): {st} {head0}")
        heads[1] = head0
        for i in range(6):
            org = {"id": f"org-{i}", "name": f"Org {i}", "kind": "company", "established": "DE"}
            st, doc, _, _ = srv.request("POST", "/v1/organisations", org, token=op)
            ok(st == 201, f"organisation {i} registered: {st} {doc}")
            if i == 2:
                heads[4] = srv.request("GET", "/v1/audit/head")[1]
        st, head, _, _ = srv.request("GET", "/v1/audit/head")
        ok(st == 200 and head["size"] == 7 and head["public_key"] == head0["public_key"], f"the head grows with the log: {head}")
        heads[7] = head
        ok(heads[4]["size"] == 4, f"a head in between: {heads[4].get('size')}")

        # Proofs, checked by the client without trusting the server.
        hfile = save(os.path.join(tmp, "head7.json"), head)
        for old in (1, 4, 7):
            ofile = save(os.path.join(tmp, f"head{old}.json"), heads[old])
            st, proof, _, _ = srv.request("GET", f"/v1/audit/proof/consistency?from={old}&to=7")
            ok(st == 200 and proof["from"] == old and proof["to"] == 7, f"consistency proof {old}->7: {st} {proof}")
            pfile = save(os.path.join(tmp, f"cons{old}.json"), proof)
            rc, out, err = run("audit", "check", "--head", hfile, "--old-head", ofile, "--consistency", pfile,
                               "--public-key", head0["public_key"])
            ok(rc == 0 and "ok   consistency" in out, f"audit check: the log of 7 extends the head of {old}: {rc} {out} {err}")
        for seq in range(1, 8):
            st, proof, _, _ = srv.request("GET", f"/v1/audit/proof/inclusion?seq={seq}&size=7")
            ok(st == 200 and proof["leaf_index"] == seq - 1 and proof["tree_size"] == 7, f"inclusion proof of {seq}: {st} {proof}")
            pfile = save(os.path.join(tmp, f"incl{seq}.json"), proof)
            rc, out, err = run("audit", "check", "--head", hfile, "--inclusion", pfile, "--public-key", head0["public_key"])
            ok(rc == 0 and f"ok   inclusion: entry {seq} is in the log" in out, f"audit check: entry {seq} included: {rc} {out} {err}")
        # The leaf is the entry's hash as GET /v1/audit lists it.
        st, log, _, _ = srv.request("GET", "/v1/audit")
        e3 = log["entries"][2]
        st, p3, _, _ = srv.request("GET", "/v1/audit/proof/inclusion?seq=3")
        ok(hashlib.sha256(b"\0" + bytes.fromhex(e3["hash"])).hexdigest() == p3["leaf_hash"],
           "leaf_hash = SHA-256(0x00 || the entry's hash from GET /v1/audit)")

        # Forged or wrong answers fail the check, naming what fails.
        forged = dict(head, root="00" * 32)
        rc, out, _ = run("audit", "check", "--head", save(os.path.join(tmp, "forged.json"), forged))
        ok(rc == 1 and "FAIL head: the signature does not verify" in out, f"a head with another root: {rc} {out}")
        proof = json.load(open(os.path.join(tmp, "cons4.json")))
        proof["path"][0] = "11" * 32
        rc, out, _ = run("audit", "check", "--head", hfile, "--old-head", os.path.join(tmp, "head4.json"), "--consistency",
                         save(os.path.join(tmp, "badcons.json"), proof))
        ok(rc == 1 and "FAIL consistency" in out and "history was removed or rewritten" in out, f"a bent consistency proof: {rc} {out}")
        proof = json.load(open(os.path.join(tmp, "incl3.json")))
        proof["leaf_index"] = 4
        rc, out, _ = run("audit", "check", "--head", hfile, "--inclusion", save(os.path.join(tmp, "badincl.json"), proof))
        ok(rc == 1 and "FAIL inclusion" in out, f"an inclusion proof for another place: {rc} {out}")
        rc, out, _ = run("audit", "check", "--head", hfile, "--public-key", "ab" * 32)
        ok(rc == 1 and "not the key pinned with --public-key" in out, f"a head signed with another key than the pinned one: {rc} {out}")
        rc, _, err = run("audit", "check", "--head", os.path.join(tmp, "cons1.json"))
        ok(rc == 2 and "cons1.json" in err and "$.size" in err, f"a proof given as head is bad input, named: {rc} {err}")
        rc, _, err = run("audit", "check", "--head", hfile, "--consistency", os.path.join(tmp, "cons1.json"))
        ok(rc == 2 and "--old-head" in err, f"a consistency proof without the old head: {rc} {err}")
        rc, _, err = run("audit", "check")
        ok(rc == 2 and "--head" in err, f"audit check needs --head: {rc} {err}")

        # Bad proof requests are JSON errors.
        for q, want in [("inclusion?seq=8", "seq must be a whole number from 1 to 7"), ("inclusion", "seq is needed"),
                        ("inclusion?seq=1&size=0", "size must be"), ("consistency?from=5&to=4", "from must be a whole number from 1 to 4"),
                        ("consistency", "from is needed"), ("consistency?from=-1", "from must be"), ("inclusion?seq=x", "seq must be")]:
            st, doc, _, _ = srv.request("GET", "/v1/audit/proof/" + q)
            ok(st == 400 and want in (doc or {}).get("error", {}).get("message", ""), f"GET /v1/audit/proof/{q}: {st} {doc}")

        # History rewritten behind the running server: it signs nothing more.
        live = sqlite3.connect(base)
        live.execute("UPDATE audit SET hash = zeroblob(32) WHERE seq = 7")
        live.commit()
        st, doc, _, _ = srv.request("GET", "/v1/audit/head")
        ok(st == 500 and doc["error"]["code"] == "log_invalid" and "entry 7" in doc["error"]["message"],
           f"the last entry changed under the server: no head signed: {st} {doc}")
        live.execute("UPDATE audit SET hash = ? WHERE seq = 7", (bytes.fromhex(log["entries"][6]["hash"]),))
        live.commit()
        live.close()
        st, doc, _, _ = srv.request("GET", "/v1/audit/head")
        ok(st == 200 and doc["size"] == 7 and doc["root"] == head["root"], f"put back, the same log is signed again: {st}")
    finally:
        code, first_banner = srv.stop()
        ok(code == 0, f"server stopped: {first_banner[-300:]}")

    # `aigov audit head` on the file: the same tree, signed with the same key.
    rc, out, err = run("audit", "head", "--db", base)
    cli_head = json.loads(out) if rc == 0 else {}
    ok(rc == 0 and cli_head.get("size") == 7 and cli_head.get("root") == heads[7]["root"]
       and cli_head.get("public_key") == heads[7]["public_key"], f"aigov audit head: {rc} {out} {err}")
    rc, out, err = run("audit", "verify", "--db", base, "--head", os.path.join(tmp, "head4.json"), "--public-key", heads[1]["public_key"])
    ok(rc == 0 and "extends the head saved in" in out and "consistency proof of" in out, f"verify --head on the untouched log: {rc} {out} {err}")

    h7 = os.path.join(tmp, "head7.json")
    # Each way to lose history without breaking the chain; the chain alone sees nothing.
    cases = [
        ("everything-deleted", "DELETE FROM organisations; DELETE FROM tokens; DELETE FROM audit; DELETE FROM audit_head;", False,
         "signs 7 entries", "the log holds 0: history was removed"),
        ("end-cut", "DELETE FROM organisations WHERE id IN ('org-4', 'org-5'); DELETE FROM audit WHERE seq > 5;", True,
         "signs 7 entries", "the log holds 5: history was removed"),
        ("rewritten", "UPDATE audit SET payload = replace(payload, 'Org 2', 'Org Z') WHERE seq = 4; "
                      "UPDATE organisations SET name = 'Org Z' WHERE id = 'org-2';", True,
         "does not extend the head saved in", "history was rewritten"),
    ]
    for name, sql, rechained, want1, want2 in cases:
        db = copy_db(base, tmp, name, sql)
        if rechained:
            rechain(db)
        rc, out, err = run("audit", "verify", "--db", db)
        ok(rc == 0 and "audit log ok" in out, f"{name}: the chain alone finds nothing: {rc} {out} {err}")
        rc, out, err = run("audit", "verify", "--db", db, "--head", h7)
        ok(rc == 1 and want1 in out and want2 in out and "NOT valid" in out, f"{name}: verify --head finds it: {rc} {out} {err}")
        if name == "rewritten":
            # A server restarted on the re-chained file signs it, but the head it serves is
            # not consistent with the one kept: `audit check` says so.
            s2 = Server(AIGOV, db)
            try:
                st, newhead, _, _ = s2.request("GET", "/v1/audit/head")
                st2, proof, _, _ = s2.request("GET", "/v1/audit/proof/consistency?from=7&to=7")
            finally:
                s2.stop()
            rc, out, _ = run("audit", "check", "--head", save(os.path.join(tmp, "newhead.json"), newhead), "--old-head", h7,
                             "--consistency", save(os.path.join(tmp, "newcons.json"), proof))
            ok(st == 200 and newhead["size"] == 7 and newhead["root"] != heads[7]["root"] and rc == 1 and "FAIL consistency" in out,
               f"rewritten: the new head does not extend the kept one: {rc} {out}")

    # A chain broken in the file: the server starts, says so, and signs no head.
    db = copy_db(base, tmp, "broken", "UPDATE audit SET payload = payload || ' ' WHERE seq = 3;")
    s3 = Server(AIGOV, db)
    try:
        st, doc, _, _ = s3.request("GET", "/v1/audit/head")
        ok(st == 500 and doc["error"]["code"] == "log_invalid" and "entry 3" in doc["error"]["message"], f"broken chain: no head: {st} {doc}")
    finally:
        _, rest = s3.stop()
    ok("WARNING: the audit log does not verify" in rest and "entry 3" in rest, f"the start-up line says so: {rest[-400:]}")
    rc, out, err = run("audit", "head", "--db", db)
    ok(rc == 1 or rc == 2, f"aigov audit head refuses a broken chain: {rc} {err}")
    ok("does not verify" in err and "entry 3" in err, f"... naming the entry: {err}")

    # Key files: shared by others, damaged, missing.
    db = copy_db(base, tmp, "keys")
    shutil.copy(key, db + ".key")
    os.chmod(db + ".key", 0o644)
    rc, _, err = run("serve", "--db", db, "--listen", "127.0.0.1:0")
    ok(rc == 2 and "may be read by others" in err and "chmod 600" in err, f"a key readable by others is refused: {rc} {err}")
    rc, _, err = run("audit", "head", "--db", db)
    ok(rc == 2 and "may be read by others" in err, f"audit head refuses it too: {rc} {err}")
    with open(db + ".key", "w") as f:
        f.write("aigov-log-key-v1 1234\n")
    os.chmod(db + ".key", 0o600)
    rc, _, err = run("audit", "head", "--db", db)
    ok(rc == 2 and "line 1" in err and "keys.db.key" in err, f"a damaged key is named with its line: {rc} {err}")
    os.unlink(db + ".key")
    rc, _, err = run("audit", "head", "--db", db)
    ok(rc != 0 and "aigov serve` makes it" in err and not os.path.exists(db + ".key"), f"audit head never makes a key: {rc} {err}")
    other = os.path.join(tmp, "other.key")
    s4 = Server(AIGOV, db, "--log-key", other)
    try:
        st, h4, _, _ = s4.request("GET", "/v1/audit/head")
    finally:
        _, rest = s4.stop()
    ok(os.path.exists(other) and h4["public_key"] != heads[7]["public_key"] and h4["root"] == heads[7]["root"],
       "--log-key names another key: the same tree, another signer")
    rc, out, _ = run("audit", "check", "--head", save(os.path.join(tmp, "h4.json"), h4), "--old-head", h7)
    ok(rc == 1 and "not the key" in out and "of the head kept earlier" in out, f"a key change is never silent: {rc} {out}")

    # Bad saved heads for verify are bad input.
    rc, _, err = run("audit", "verify", "--db", base, "--head", os.path.join(tmp, "cons1.json"))
    ok(rc == 2 and "cons1.json" in err, f"verify --head with a file that is no head: {rc} {err}")
    rc, _, err = run("audit", "verify", "--db", base, "--head", h7, "--public-key", "xyz")
    ok(rc == 2 and "--public-key" in err, f"a malformed pinned key: {rc} {err}")
    rc, out, _ = run("audit", "verify", "--db", base, "--head", h7, "--public-key", h4["public_key"])
    ok(rc == 1 and "pinned key" in out, f"a head not signed with the pinned key: {rc} {out}")
    # The start-up line names the key file and the public key: made at the first start, kept after.
    ok(f"key in {key} (made now), public key {heads[1]['public_key']}" in first_banner, f"first start: {first_banner[-400:]}")
    s5 = Server(AIGOV, base)
    _, rest = s5.stop()
    ok(f"audit log of 7 entries verified; tree heads signed with the key in {key} (kept), public key {heads[1]['public_key']}" in rest,
       f"a later start: {rest[-400:]}")
    # A filing's receipt: the entry that recorded it, provable later against any head.
    rdb = os.path.join(tmp, "receipts.db")
    s6 = Server(AIGOV, rdb, "--date", "2026-12-02")
    try:
        op = s6.operator_token
        s6.request("POST", "/v1/organisations", {"id": "acme", "name": "Acme", "kind": "company", "established": "DE"}, token=op)
        tok = s6.request("POST", "/v1/tokens", {"holder": "acme"}, token=op)[1]["token"]
        prof = json.loads((ROOT / "examples/customer-chatbot.json").read_text())
        prof["id"] = "bot"
        st, filed, _, _ = s6.request("PUT", "/v1/systems/bot", prof, token=tok)
        rc_ = filed.get("receipt", {}) if filed else {}
        ok(st == 201 and rc_.get("audit_seq") == 4 and len(rc_.get("entry_hash", "")) == 64, f"the filing's answer carries its receipt: {rc_}")
        ev = {"provision": "eu-ai-act/art4-ai-literacy", "reference": "plan.pdf", "sha256": "b" * 64, "date": "2026-11-30"}
        st, evd, _, _ = s6.request("POST", "/v1/systems/bot/evidence", ev, token=tok)
        ok(st == 201 and evd["receipt"]["audit_seq"] == 5, f"so does evidence: {evd and evd.get('receipt')}")
        st, log, _, _ = s6.request("GET", "/v1/audit?after=3&limit=1")
        ok(log["entries"][0]["hash"] == rc_["entry_hash"], "the receipt's hash is the entry's hash in the log")
        st, rh, _, _ = s6.request("GET", "/v1/audit/head")
        st, rp, _, _ = s6.request("GET", f"/v1/audit/proof/inclusion?seq={rc_['audit_seq']}&size={rh['size']}")
        ok(rp["leaf_hash"] == rc_["leaf_hash"], "the receipt's leaf is the proof's leaf")
    finally:
        s6.stop()
    rhf, rpf = save(os.path.join(tmp, "rhead.json"), rh), save(os.path.join(tmp, "rproof.json"), rp)
    rc, out, err = run("audit", "check", "--head", rhf, "--inclusion", rpf, "--entry-hash", rc_["entry_hash"], "--public-key", rh["public_key"])
    ok(rc == 0 and f"ok   inclusion: entry 4 (hash {rc_['entry_hash'][:16]}…) is in the log" in out, f"the filer proves its filing is in the log: {rc} {out} {err}")
    # Issue 27, 4: without a pinned key the same proofs prove nothing (anyone can sign a
    # made-up log with a key of their own): not exit 0.
    rc, out, err = run("audit", "check", "--head", rhf, "--inclusion", rpf, "--entry-hash", rc_["entry_hash"])
    ok(rc == 1 and "NOT PROVEN: no key is pinned" in out and "--public-key" in out, f"a check without a pinned key: {rc} {out} {err}")
    rc, out, err = run("audit", "check", "--head", rhf, "--inclusion", rpf, "--entry-hash", evd["receipt"]["entry_hash"])
    ok(rc == 1 and "FAIL inclusion: the proof is about another entry" in out, f"a proof of another entry does not prove the filing: {rc} {out}")
    rc, _, err = run("audit", "check", "--head", rhf, "--entry-hash", rc_["entry_hash"])
    ok(rc == 2 and "--inclusion" in err, f"--entry-hash without --inclusion: {rc} {err}")
    rc, _, err = run("audit", "check", "--head", rhf, "--inclusion", rpf, "--entry-hash", "zz")
    ok(rc == 2 and "--entry-hash" in err, f"a malformed entry hash: {rc} {err}")

    shutil.rmtree(tmp, ignore_errors=True)
    T.finish()


if __name__ == "__main__":
    main()
