#!/usr/bin/env python3
"""Two `aigov serve` replicas on one PostgreSQL database (a throw-away cluster,
tests/pglib.py), loopback only, bounded loops:

  - what one replica writes the other serves at once; an instrument published through one
    is in the other's corpus at its next request (no state in a replica that the other
    could contradict);
  - writers on both replicas file versions of the same systems and evidence concurrently,
    in rounds; REPLICA_KILLS rounds end with `kill -9` of one replica, DB_KILLS rounds with
    `kill -9` of the PostgreSQL server (postmaster and backends), restarted. After every
    round every acknowledged write is present and the audit chain verifies;
  - backup and restore: pg_dump, pg_restore into a new cluster, `aigov audit verify`
    passes there and every system is present;
  - `aigov audit verify` on PostgreSQL names what was changed outside the registry (an
    entry, the head, a token, a revocation, evidence, a profile, an owner);
  - `aigov store migrate`: twice at once on a fresh database; a missing database.

Fails (never skips) when PostgreSQL cannot start. Usage: e2e_pg_replicas.py PATH_TO_AIGOV"""
import http.client
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serverlib import ROOT, Server, Tally, token  # noqa: E402
import pglib  # noqa: E402

AIGOV = os.path.abspath(sys.argv[1])
REPLICA_KILLS = int(os.environ.get("AIGOV_PG_REPLICA_KILLS", "20"))
DB_KILLS = int(os.environ.get("AIGOV_PG_DB_KILLS", "5"))
DATE = "2026-12-01"
T = Tally()
ok = T.ok
rng = random.Random(int(os.environ.get("AIGOV_CRASH_SEED", "20261201")))
PG = pglib.Cluster()
PG2 = None
db = PG.createdb("registry")
CV = json.loads((ROOT / "examples/cv-screener-us-to-eu.json").read_text())
ACTORS = ("openai", "google")
tokens = {a: token(AIGOV, db, a) for a in ACTORS}
NIST = token(AIGOV, db, "nist")

acked_versions = {}  # system -> highest version acknowledged
acked_evidence = {}  # system -> evidence ids acknowledged
lock = threading.Lock()
busy_seconds = 0.0


def writer(ports, w, stop):
    """Writes through replica w % 2; when it fails (killed), through the other one."""
    actor = ACTORS[w % len(ACTORS)]
    sid = f"replicated-{actor}"
    k = w % 2
    n = 0
    conn = None
    while not stop.is_set():
        try:
            if conn is None:
                conn = http.client.HTTPConnection("127.0.0.1", ports[k], timeout=10)
            n += 1
            if n % 3:
                body = dict(CV, id=sid, name=f"writer {w} write {n}")
                conn.request("PUT", f"/v1/systems/{sid}", body=json.dumps(body), headers={"Authorization": "Bearer " + tokens[actor]})
            else:
                ev = {"provision": "eu-ai-act/art8-15-requirements-annex-iii", "reference": f"doc-{w}-{n}",
                      "sha256": "%064x" % (w * 1000000 + n), "date": "2026-11-01"}
                conn.request("POST", f"/v1/systems/{sid}/evidence", body=json.dumps(ev),
                             headers={"Authorization": "Bearer " + tokens[actor]})
            r = conn.getresponse()
            data = r.read()
            if 200 <= r.status < 300:
                doc = json.loads(data)
                with lock:
                    if "version" in doc:
                        acked_versions[sid] = max(acked_versions.get(sid, 0), doc["version"])
                    else:
                        acked_evidence.setdefault(sid, set()).add(doc["id"])
            elif r.status >= 500:
                time.sleep(0.02)  # the database is away: not acknowledged, try again
        except (OSError, http.client.HTTPException, ValueError):
            conn = None
            k = 1 - k
            time.sleep(0.01)


def check_round(s, label):
    for sid, v in acked_versions.items():
        st, doc, _, _ = s.request("GET", f"/v1/systems/{sid}")
        ok(st == 200 and doc["version"] >= v and [x["version"] for x in doc["versions"]] == list(range(1, doc["version"] + 1)),
           f"{label}: {sid} has every acknowledged version (>= {v}): {st} {doc and doc.get('version')}")
    for sid, ids in acked_evidence.items():
        st, doc, _, _ = s.request("GET", f"/v1/systems/{sid}/evidence")
        have = {e["id"] for e in doc["evidence"]} if st == 200 else set()
        ok(ids <= have, f"{label}: {sid} lost acknowledged evidence {sorted(ids - have)}")
    st, doc, _, _ = s.request("GET", "/v1/audit/verify")
    ok(st == 200 and doc["valid"], f"{label}: audit chain valid: {doc}")


def write_for(replicas, seconds, kill):
    """Four writers on both replicas for `seconds`, then kill() while they still write."""
    global busy_seconds
    stop = threading.Event()
    ports = [r.port for r in replicas]
    threads = [threading.Thread(target=writer, args=(ports, w, stop)) for w in range(4)]
    for t in threads:
        t.start()
    time.sleep(seconds)
    kill()
    time.sleep(0.1)
    stop.set()
    for t in threads:
        t.join(timeout=20)
    busy_seconds += seconds


try:
    # --- migrations: two at once on a fresh database, one at a time under the lock --------
    fresh = PG.createdb("fresh")
    procs = [subprocess.Popen([AIGOV, "store", "migrate", "--db", fresh], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=120) + (p.returncode,) for p in procs]
    ok(all(rc == 0 and "PostgreSQL registry at schema version 3" in out for out, _, rc in outs),
       f"aigov store migrate twice at once: {outs}")
    p = subprocess.run([AIGOV, "store", "migrate", "--db", db], cwd=ROOT, capture_output=True, text=True, timeout=120)
    ok(p.returncode == 0 and "schema version 3" in p.stdout, f"store migrate on a migrated registry: {p.stdout} {p.stderr}")
    p = subprocess.run([AIGOV, "store", "migrate", "--db", PG.url("missing")], cwd=ROOT, capture_output=True, text=True, timeout=120)
    ok(p.returncode != 0 and "error: cannot connect to PostgreSQL" in p.stderr and 'database "missing" does not exist' in p.stderr,
       f"a database that does not exist: a clear error ({p.returncode} {p.stderr})")

    # --- first start of two replicas at once on an empty registry: one operator token ------
    # Another session holds the writers' lock while both start, so both find no token before
    # either can write one: only the check inside the write's transaction keeps it to one.
    twin = PG.createdb("twin")
    subprocess.run([AIGOV, "store", "migrate", "--db", twin], cwd=ROOT, capture_output=True, timeout=120, check=True)
    holder = subprocess.Popen([os.path.join(pglib.bindir(), "psql"), "-q", "-tA", "-h", PG.sock, "-U", "aigov", "twin"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    holder.stdin.write("BEGIN; LOCK TABLE audit_head IN EXCLUSIVE MODE; SELECT 'locked';\n")
    holder.stdin.flush()
    line = holder.stdout.readline()
    ok(line.strip() == "locked", f"a session holds the writers' lock: {line!r}")
    started = [None, None]

    def start(i):
        started[i] = Server(AIGOV, twin, "--date", DATE)

    starters = [threading.Thread(target=start, args=(i,)) for i in range(2)]
    for t in starters:
        t.start()
    time.sleep(4)  # both have loaded the corpus and counted the tokens, and wait for the lock
    holder.stdin.write("COMMIT;\n")
    holder.stdin.close()
    holder.wait(30)
    for t in starters:
        t.join(120)
    printed = [s.operator_token for s in started if s and s.operator_token]
    for s in started:
        if s:
            s.stop()
    p = subprocess.run([AIGOV, "token", "list", "--db", twin, "--format", "json"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    toks = json.loads(p.stdout).get("tokens", []) if p.returncode == 0 else []
    ok(all(started) and len(printed) == 1 and len(toks) == 1 and toks[0]["role"] == "operator",
       f"two replicas starting at once on an empty registry make one operator token, printed once ({len(printed)} printed, {toks})")

    a = Server(AIGOV, db, "--date", DATE)
    b = Server(AIGOV, db, "--date", DATE)
    # --- one registry behind both replicas ------------------------------------------------
    prof = dict(CV, id="seen-by-both")
    st, doc, _, _ = a.request("PUT", "/v1/systems/seen-by-both", prof, token=tokens["openai"])
    ok(st in (200, 201), f"filed through replica A ({st} {doc})")
    st, doc, _, _ = b.request("GET", "/v1/systems/seen-by-both")
    ok(st == 200 and doc["version"] == 1, f"replica B serves it at once ({st})")
    st, doc, _, _ = b.request("PUT", "/v1/systems/seen-by-both", prof, token=tokens["google"])
    ok(st == 403, f"replica B knows its owner ({st})")
    ev = {"provision": "eu-ai-act/art8-15-requirements-annex-iii", "reference": "risk-file", "sha256": "%064x" % 7,
          "date": "2026-11-01"}
    st, doc, _, _ = b.request("POST", "/v1/systems/seen-by-both/evidence", ev, token=tokens["openai"])
    ok(st == 201, f"evidence through replica B ({st} {doc})")
    st, doc, _, _ = a.request("GET", "/v1/systems/seen-by-both/evidence")
    ok(st == 200 and [e["reference"] for e in doc["evidence"]] == ["risk-file"], f"listed by replica A ({st})")
    # One log, one key: both replicas sign heads of the same tree, and B proves that its log
    # extends the head A signed (aigov audit check, the client's verifier).
    st, ha, _, _ = a.request("GET", "/v1/audit/head")
    st2, hb, _, _ = b.request("GET", "/v1/audit/head")
    ok(st == 200 and st2 == 200 and ha["public_key"] == hb["public_key"] and ha["size"] == hb["size"] and ha["root"] == hb["root"],
       f"both replicas sign the same tree with the same key ({ha} {hb})")
    st, doc, _, _ = b.request("PUT", "/v1/systems/seen-by-both", dict(prof, name="v2"), token=tokens["openai"])
    st, hb, _, _ = b.request("GET", "/v1/audit/head")
    st2, proof, _, _ = b.request("GET", f"/v1/audit/proof/consistency?from={ha['size']}&to={hb['size']}")
    files = []
    for name, d in (("old", ha), ("new", hb), ("cons", proof)):
        files.append(os.path.join(PG.dir, f"{name}-head.json"))
        with open(files[-1], "w") as f:
            json.dump(d, f)
    p = subprocess.run([AIGOV, "audit", "check", "--old-head", files[0], "--head", files[1], "--consistency", files[2]],
                       cwd=ROOT, capture_output=True, text=True, timeout=60)
    ok(p.returncode == 0 and hb["size"] == ha["size"] + 1 and "ok   consistency" in p.stdout,
       f"replica B's log extends replica A's head: {p.stdout} {p.stderr}")
    st, _, _, _ = b.request("GET", "/v1/instruments/nist-registry-guidance")
    ok(st == 404, f"not published yet ({st})")
    inst = {"id": "nist-registry-guidance", "title": "Guidance on registry filings", "short_title": "NIST registry guidance",
            "issuer": ["nist"], "jurisdiction": "US", "modality": "standard", "form": "standard", "binding": "voluntary",
            "layers": ["deployment"], "topics": ["safety"], "adopted": "2026-11-01", "in_force": "2026-11-01",
            "text_version": "registry filing 1", "citations": ["https://www.nist.gov/"],
            "scope": [{"trigger": "providers of AI systems", "article": "Sec. 1",
                       "when": 'sets.intersects(system.role, ["provider"])'}],
            "provisions": [{"id": "document-risks", "article": "Sec. 2", "kind": "recommendation", "addressee": ["provider"],
                            "actions": ["assess_ai_impact"], "summary": "Document the system's risks.", "when": "true"}]}
    st, doc, _, _ = a.request("POST", "/v1/instruments", inst, token=NIST)
    ok(st == 201, f"published through replica A ({st} {doc})")
    st, doc, _, _ = b.request("GET", "/v1/instruments/nist-registry-guidance")
    ok(st == 200, f"replica B's corpus has the instrument A published ({st})")
    st, doc, _, _ = b.request("POST", "/v1/instruments", inst, token=NIST)
    ok(st == 409, f"replica B refuses to publish it twice ({st})")

    # --- replicas killed during concurrent writes ------------------------------------------
    replicas = [a, b]
    for rnd in range(REPLICA_KILLS):
        victim = rnd % 2

        def kill_replica():
            replicas[victim].proc.send_signal(signal.SIGKILL)
            replicas[victim].proc.wait()
        write_for(replicas, rng.uniform(0.9, 1.5), kill_replica)
        replicas[victim].stop()
        check_round(replicas[1 - victim], f"replica round {rnd}")
        replicas[victim] = Server(AIGOV, db, "--date", DATE)

    # --- the database killed during concurrent writes --------------------------------------
    for rnd in range(DB_KILLS):
        write_for(replicas, rng.uniform(0.9, 1.5), PG.kill9)
        PG.start()
        check_round(replicas[rnd % 2], f"database round {rnd}")
        check_round(replicas[1 - rnd % 2], f"database round {rnd}, other replica")

    # The database restarted while the replicas were idle: their first request reconnects.
    PG.stop()
    for k, r in enumerate(replicas):
        st, doc, _, hdr = r.request("GET", "/v1/systems/seen-by-both")
        ok(st == 503 and doc["error"]["code"] == "unavailable" and hdr.get("Retry-After") == "2",
           f"replica {k} while the database is down: 503 unavailable, not 'not found' ({st} {doc})")
        st, doc, _, _ = r.request("GET", "/v1/systems")
        ok(st == 503, f"replica {k} while the database is down: no empty list ({st})")
    PG.start()
    for k, r in enumerate(replicas):
        st, doc, _, _ = r.request("GET", "/v1/systems")
        ok(st == 200 and len(doc["systems"]) == 1 + len(acked_versions),
           f"replica {k}: the first request after a database restart is answered ({st})")
        st, doc, _, _ = r.request("PUT", "/v1/systems/seen-by-both", dict(CV, id="seen-by-both"), token=tokens["openai"])
        ok(st == 200, f"replica {k}: and writes ({st} {doc})")

    total = sum(acked_versions.values()) + sum(len(v) for v in acked_evidence.values())
    ok(total >= 2 * (REPLICA_KILLS + DB_KILLS), f"writes were acknowledged in the rounds ({total})")
    for r in replicas:
        r.stop()
    p = subprocess.run([AIGOV, "audit", "verify", "--db", db], cwd=ROOT, capture_output=True, text=True, timeout=120)
    ok(p.returncode == 0 and "audit log ok" in p.stdout, f"aigov audit verify: {p.stdout} {p.stderr}")
    q = PG.tool("psql", "-h", PG.sock, "-U", "aigov", "-d", "registry", "-At", "-c",
                "SELECT (SELECT count(*) FROM system_versions) + (SELECT count(*) FROM evidence), "
                "(SELECT count(*) FROM audit WHERE action IN ('system.create', 'system.update', 'evidence.add'))").stdout.strip()
    stored, audited = q.split("|")
    ok(stored == audited, f"one audit entry per stored write ({stored} vs {audited})")

    # --- backup and restore ------------------------------------------------------------------
    dump = os.path.join(PG.dir, "registry.dump")
    PG.tool("pg_dump", "-h", PG.sock, "-U", "aigov", "-Fc", "-f", dump, "registry")
    PG2 = pglib.Cluster(prefix="aigov-pg-restore-")
    restored = PG2.createdb("registry")
    PG2.tool("pg_restore", "-h", PG2.sock, "-U", "aigov", "-d", "registry", "--no-owner", "--exit-on-error", dump)
    p = subprocess.run([AIGOV, "audit", "verify", "--db", restored], cwd=ROOT, capture_output=True, text=True, timeout=120)
    ok(p.returncode == 0 and "audit log ok" in p.stdout, f"audit verify on the restored copy: {p.stdout} {p.stderr}")
    r = Server(AIGOV, restored, "--date", DATE)
    st, doc, _, _ = r.request("GET", "/v1/systems")
    got = sorted(x["id"] for x in doc["systems"]) if st == 200 else []
    ok(got == sorted(["seen-by-both"] + list(acked_versions)), f"every system in the restored copy: {got}")
    for sid, v in acked_versions.items():
        st, doc, _, _ = r.request("GET", f"/v1/systems/{sid}")
        ok(st == 200 and doc["version"] >= v, f"restored: {sid} version >= {v}")
    r.stop()

    # --- audit verify on PostgreSQL catches what is changed outside the registry -------------
    tampers = [
        ("UPDATE audit SET payload = payload || ' ' WHERE seq = 3", "does not match its hash"),
        ("UPDATE audit_head SET seq = seq - 1", "the head records"),
        ("UPDATE tokens SET actor = 'google' WHERE actor = 'openai'", "table tokens"),
        ("UPDATE tokens SET revoked_at = '2026-12-01T00:00:00Z' WHERE actor = 'nist'", "revocation does not match"),
        ("DELETE FROM evidence WHERE id = (SELECT min(id) FROM evidence)", "table evidence"),
        ("UPDATE system_versions SET profile = '{}' WHERE version = 1 AND system_id = 'seen-by-both'", "table system_versions"),
        ("UPDATE systems SET owner = 'nist' WHERE id = 'seen-by-both'", "table systems"),
    ]
    for k, (sql, expect) in enumerate(tampers):
        name = f"tampered{k}"
        PG2.tool("createdb", "-h", PG2.sock, "-U", "aigov", "-T", "registry", name)
        PG2.tool("psql", "-h", PG2.sock, "-U", "aigov", "-d", name, "-v", "ON_ERROR_STOP=1", "-c", sql)
        p = subprocess.run([AIGOV, "audit", "verify", "--db", PG2.url(name)], cwd=ROOT, capture_output=True, text=True, timeout=120)
        ok(p.returncode == 1 and "NOT valid" in p.stdout and expect in p.stdout,
           f"audit verify after `{sql}`: exit 1 naming '{expect}' ({p.returncode} {p.stdout} {p.stderr})")
    print(f"replicas: {REPLICA_KILLS} replica kills, {DB_KILLS} database kills, {busy_seconds:.0f} s of concurrent "
          f"writes, {total} acknowledged", file=sys.stderr)
finally:
    PG.cleanup()
    if PG2:
        PG2.cleanup()
T.finish()
