#!/usr/bin/env python3
"""`aigov store backup` (docs/store.md): an online copy of an SQLite registry while a real
`aigov serve` keeps writing. Every copy is one consistent snapshot whose audit log and
tables verify, extends a head signed before it was taken, and is a registry a new server
serves with every filing it holds; the live file is never written by the backup; a copy
never replaces a file; a PostgreSQL registry is sent to pg_dump.

Usage: e2e_backup.py PATH_TO_AIGOV"""
import json
import os
import shutil
import sys
import tempfile
import threading

import e2elib
from serverlib import ROOT, Server, Tally

T = Tally()
ok = T.ok
AIGOV = sys.argv[1]


def run(*args):
    return e2elib.run(AIGOV, *args, timeout=120)


def main():
    tmp = tempfile.mkdtemp(prefix="aigov-backup-")
    db = os.path.join(tmp, "registry.db")
    srv = Server(AIGOV, db, "--date", "2026-12-02")
    copies = []
    acked = {}
    try:
        op = srv.operator_token
        srv.request("POST", "/v1/organisations", {"id": "acme", "name": "Acme", "kind": "company", "established": "DE"}, token=op)
        tok = srv.request("POST", "/v1/tokens", {"holder": "acme"}, token=op)[1]["token"]
        prof = json.loads((ROOT / "examples/customer-chatbot.json").read_text())
        st, head0, _, _ = srv.request("GET", "/v1/audit/head")
        with open(os.path.join(tmp, "head0.json"), "w") as f:
            json.dump(head0, f)
        stop = threading.Event()

        def writer(w):
            k = 0
            while not stop.is_set():
                sid = f"sys-{w}-{k % 3}"
                st, doc, _, _ = srv.request("PUT", f"/v1/systems/{sid}", dict(prof, id=sid, name=f"{sid} #{k}"), token=tok)
                if st in (200, 201):
                    acked[sid] = doc["version"]
                k += 1

        writers = [threading.Thread(target=writer, args=(w,)) for w in range(2)]
        for t in writers:
            t.start()
        # Copies while the writers write.
        for i in range(4):
            out = os.path.join(tmp, f"copy{i}.db")
            rc, rep, err = run("store", "backup", "--db", db, "--out", out)
            ok(rc == 0 and "a consistent copy of" in rep and "every registry row explained" in rep,
               f"copy {i} during writes: {rc} {rep} {err}")
            copies.append(out)
        stop.set()
        for t in writers:
            t.join(60)
        ok(len(acked) > 0, f"the writers wrote: {acked}")
        st, head1, _, _ = srv.request("GET", "/v1/audit/head")
    finally:
        srv.stop()
    ok(not [f for f in os.listdir(tmp) if ".tmp-" in f], "no temporary file is left behind")
    for i, c in enumerate(copies):
        ok(not os.path.exists(c + "-wal") or os.path.getsize(c + "-wal") == 0, f"copy {i} is one self-contained file")
        rc, out, err = run("audit", "verify", "--db", c, "--head", os.path.join(tmp, "head0.json"))
        ok(rc == 0 and "extends the head saved in" in out, f"copy {i} extends the head signed before it: {rc} {out} {err}")
    # The last copy after the writers stopped holds everything that was acknowledged.
    final = os.path.join(tmp, "final.db")
    live = (os.stat(db).st_mtime_ns, os.path.getsize(db))
    rc, rep, err = run("store", "backup", "--db", db, "--out", final)
    # A reader may open SQLite's shared-memory index (and an empty write-ahead log) beside
    # the file; the database itself is not written.
    ok(live == (os.stat(db).st_mtime_ns, os.path.getsize(db)) and (not os.path.exists(db + "-wal") or os.path.getsize(db + "-wal") == 0),
       "the backup did not write the live file")
    ok(rc == 0 and f"tree root {head1['root']}" in rep, f"a copy of the quiet registry has the live log's root: {rep} {err}")
    shutil.copy(db + ".key", final + ".key")
    os.chmod(final + ".key", 0o600)
    s2 = Server(AIGOV, final, "--date", "2026-12-02")
    try:
        missing = []
        for sid, v in acked.items():
            st, doc, _, _ = s2.request("GET", f"/v1/systems/{sid}")
            if st != 200 or doc["version"] < v:
                missing.append((sid, v, st))
        ok(not missing, f"a server on the copy serves every acknowledged version: missing {missing}")
        st, h2, _, _ = s2.request("GET", "/v1/audit/head")
        ok(st == 200 and h2["root"] == head1["root"] and h2["public_key"] == head1["public_key"], "and signs the same log with the kept key")
    finally:
        s2.stop()

    # Refusals: nothing is replaced, nothing made from what is not a registry.
    before = os.path.getsize(copies[0])
    rc, _, err = run("store", "backup", "--db", db, "--out", copies[0])
    ok(rc == 2 and "never replaces a file" in err and os.path.getsize(copies[0]) == before, f"an existing file is kept: {rc} {err}")
    rc, _, err = run("store", "backup", "--db", os.path.join(tmp, "none.db"), "--out", os.path.join(tmp, "x.db"))
    ok(rc == 2 and "no such file" in err and not os.path.exists(os.path.join(tmp, "x.db")), f"no source: {rc} {err}")
    junk = os.path.join(tmp, "junk.db")
    with open(junk, "w") as f:
        f.write("not a database\n" * 100)
    rc, _, err = run("store", "backup", "--db", junk, "--out", os.path.join(tmp, "y.db"))
    ok(rc == 2 and not os.path.exists(os.path.join(tmp, "y.db")), f"not a registry: {rc} {err}")
    rc, _, err = run("store", "backup", "--db", "postgresql://nobody@/nowhere", "--out", os.path.join(tmp, "z.db"))
    ok(rc == 2 and "pg_dump" in err, f"PostgreSQL is sent to pg_dump: {rc} {err}")
    rc, _, err = run("store", "backup", "--db", db)
    ok(rc == 2 and "--out" in err, f"--out is needed: {rc} {err}")
    rc, _, err = run("store", "backup", "--db", db, "--out", os.path.join(tmp, "no-such-dir", "c.db"))
    ok(rc == 2 and "c.db" in err, f"a folder that does not exist: {rc} {err}")
    shutil.rmtree(tmp, ignore_errors=True)
    T.finish()


if __name__ == "__main__":
    main()
