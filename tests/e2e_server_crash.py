#!/usr/bin/env python3
"""Crash safety of `aigov serve`: rounds of concurrent writes (new profile versions and
evidence) killed with SIGKILL at a random moment, then a restart. After every round,
every write the server acknowledged (2xx received) must be in the registry, and the
audit chain must verify. Bounded: ROUNDS rounds, each killed within 0.6 s.
Usage: e2e_server_crash.py PATH_TO_AIGOV"""
import http.client
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serverlib import ROOT, Server, Tally, token  # noqa: E402

AIGOV = os.path.abspath(sys.argv[1])
ROUNDS = 6
WRITERS = 3
T = Tally()
ok = T.ok
rng = random.Random(int(os.environ.get("AIGOV_CRASH_SEED", "20261128")))
tmp = tempfile.mkdtemp(prefix="aigov-crash-")
db = os.path.join(tmp, "registry.db")
CV = json.loads((ROOT / "examples/cv-screener-us-to-eu.json").read_text())
tokens = [token(AIGOV, db, a) for a in ("openai", "google", "anthropic")]

acked_versions = {}   # system id -> highest version acknowledged
acked_evidence = {}   # system id -> set of evidence ids acknowledged
lock = threading.Lock()


def writer(port, w, stop):
    """Files new versions of its own system and evidence, as fast as it can."""
    sid = f"crash-system-{w}"
    tok = tokens[w]
    n = 0
    conn = None
    while not stop.is_set():
        try:
            if conn is None:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            n += 1
            if n % 3:
                prof = dict(CV, id=sid, name=f"crash writer {w} write {n}")
                conn.request("PUT", f"/v1/systems/{sid}", body=json.dumps(prof), headers={"Authorization": "Bearer " + tok})
            else:
                ev = {"provision": "eu-ai-act/art8-15-requirements-annex-iii", "reference": f"doc-{w}-{n}",
                      "sha256": "%064x" % n, "date": "2026-11-01"}
                conn.request("POST", f"/v1/systems/{sid}/evidence", body=json.dumps(ev), headers={"Authorization": "Bearer " + tok})
            r = conn.getresponse()
            body = r.read()
            if 200 <= r.status < 300:
                doc = json.loads(body)
                with lock:
                    if "version" in doc:
                        acked_versions[sid] = max(acked_versions.get(sid, 0), doc["version"])
                    else:
                        acked_evidence.setdefault(sid, set()).add(doc["id"])
        except (OSError, http.client.HTTPException, ValueError):
            conn = None  # killed mid-request: not acknowledged
            if stop.is_set():
                return
            time.sleep(0.01)


for rnd in range(ROUNDS):
    s = Server(AIGOV, db, "--date", "2026-11-28")
    # Everything acknowledged before is still there after the previous kill.
    for sid, v in acked_versions.items():
        st, doc, _, _ = s.request("GET", f"/v1/systems/{sid}")
        ok(st == 200 and doc["version"] >= v and [x["version"] for x in doc["versions"]] == list(range(1, doc["version"] + 1)),
           f"round {rnd}: {sid} has every acknowledged version (>= {v}): {st} {doc and doc.get('version')}")
    for sid, ids in acked_evidence.items():
        st, doc, _, _ = s.request("GET", f"/v1/systems/{sid}/evidence")
        have = {e["id"] for e in doc["evidence"]} if st == 200 else set()
        ok(ids <= have, f"round {rnd}: {sid} lost acknowledged evidence {sorted(ids - have)}")
    st, doc, _, _ = s.request("GET", "/v1/audit/verify")
    ok(st == 200 and doc["valid"], f"round {rnd}: audit chain valid after restart: {doc}")
    stop = threading.Event()
    threads = [threading.Thread(target=writer, args=(s.port, w, stop)) for w in range(WRITERS)]
    for t in threads:
        t.start()
    time.sleep(rng.uniform(0.15, 0.6))
    s.proc.send_signal(signal.SIGKILL)
    s.proc.wait()
    stop.set()
    for t in threads:
        t.join(timeout=10)
    s.stop()

total = sum(acked_versions.values()) + sum(len(v) for v in acked_evidence.values())
ok(total >= ROUNDS, f"writes were acknowledged during the rounds ({total})")
p = subprocess.run([AIGOV, "audit", "verify", "--db", db], cwd=ROOT, capture_output=True, text=True, timeout=60)
ok(p.returncode == 0 and "audit log ok" in p.stdout, f"aigov audit verify after {ROUNDS} kills: {p.stdout} {p.stderr}")
# Every acknowledged write has its audit entry (same transaction).
import sqlite3  # noqa: E402
c = sqlite3.connect(db)
n_versions = c.execute("SELECT count(*) FROM system_versions").fetchone()[0]
n_evidence = c.execute("SELECT count(*) FROM evidence").fetchone()[0]
n_audit = c.execute("SELECT count(*) FROM audit WHERE action IN ('system.create', 'system.update', 'evidence.add')").fetchone()[0]
ok(n_versions + n_evidence == n_audit, f"one audit entry per stored write ({n_versions}+{n_evidence} vs {n_audit})")
c.close()
print(f"crash test: {ROUNDS} rounds, {total} acknowledged writes", file=sys.stderr)
shutil.rmtree(tmp, ignore_errors=True)
T.finish()
