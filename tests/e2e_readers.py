#!/usr/bin/env python3
"""Reads do not wait for writes (issue 18; docs/limits.md): the registry reads on
connections of its own, so while a write waits for the database's write lock — held here
by another process, as a long write or a backup would — reads of the registry, of a
system's history and of the audit log still answer, and the write completes once the lock
is free. Checked by order of events, not by timing: every read answers while the write is
still waiting.

Usage: e2e_readers.py PATH_TO_AIGOV"""
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import threading

from serverlib import ROOT, Server, Tally

T = Tally()
ok = T.ok


def main():
    aigov = sys.argv[1]
    tmp = tempfile.mkdtemp(prefix="aigov-readers-")
    db = os.path.join(tmp, "registry.db")
    srv = Server(aigov, db, "--date", "2026-12-02")
    try:
        op = srv.operator_token
        st, doc, _, _ = srv.request("POST", "/v1/organisations", {"id": "acme", "name": "Acme", "kind": "company", "established": "DE"}, token=op)
        ok(st == 201, f"organisation: {st} {doc}")
        st, doc, _, _ = srv.request("POST", "/v1/tokens", {"holder": "acme"}, token=op)
        tok = (doc or {}).get("token")
        ok(st == 201 and tok, f"token: {st}")
        prof = json.loads((ROOT / "examples/customer-chatbot.json").read_text())
        prof["id"] = "bot"
        st, _, _, _ = srv.request("PUT", "/v1/systems/bot", prof, token=tok)
        ok(st == 201, f"system filed: {st}")

        # Another process takes the database's write lock and keeps it.
        holder = sqlite3.connect(db, timeout=1, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        done = {}

        def write():
            p2 = dict(prof, name=prof["name"] + " v2")
            done["put"] = srv.request("PUT", "/v1/systems/bot", p2, token=tok, timeout=60)[0]

        w = threading.Thread(target=write)
        w.start()
        w.join(0.5)
        ok(w.is_alive(), "the write waits for the lock")
        for path in ("/v1/systems", "/v1/systems/bot", "/v1/systems/bot/versions/1", "/v1/systems/bot/compliance",
                     "/v1/organisations/acme", "/v1/audit", "/v1/audit/head", "/v1/audit/proof/inclusion?seq=1"):
            st, _, _, _ = srv.request("GET", path, timeout=30)
            ok(st == 200, f"GET {path} answers while the write waits: {st}")
        ok(w.is_alive() and "put" not in done, "every read answered before the write could go on")
        holder.execute("COMMIT")
        holder.close()
        w.join(60)
        ok(done.get("put") == 200, f"the write completes once the lock is free: {done}")
        st, doc, _, _ = srv.request("GET", "/v1/systems/bot")
        ok(st == 200 and doc["version"] == 2 and doc["profile"]["name"].endswith(" v2") and len(doc["versions"]) == 2,
           f"and is read at once: {st} {doc and doc.get('version')}")
    finally:
        code, err = srv.stop()
        ok(code == 0, f"stopped: {err[-300:]}")
    shutil.rmtree(tmp, ignore_errors=True)
    T.finish()


if __name__ == "__main__":
    main()
