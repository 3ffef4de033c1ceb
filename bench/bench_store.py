#!/usr/bin/env python3
"""The registry's stores side by side: SQLite, PostgreSQL behind one `aigov serve`, and
PostgreSQL behind two replicas (a throw-away cluster, tests/pglib.py, on a Unix socket;
fsync and synchronous_commit on). For each: writes/s (WRITERS threads filing new profile
versions of their own systems with PUT /v1/systems/ID, keep-alive, spread over the
replicas; each answer after COMMIT) and POST /v1/check requests/s, full and compact
answers (wrk, CONNECTIONS connections in all, spread over the replicas). Loopback only.
Usage: bench/bench_store.py PATH_TO_AIGOV [PROFILE]   (make bench-server)"""
import http.client
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
import pglib  # noqa: E402
from serverlib import Server, token  # noqa: E402

AIGOV = os.path.abspath(sys.argv[1])
PROFILE = sys.argv[2] if len(sys.argv) > 2 else "examples/cv-screener-us-to-eu.json"
SECONDS = float(os.environ.get("WRITE_SECONDS", "8"))
DURATION = os.environ.get("DURATION", "8s")
CONNECTIONS = int(os.environ.get("CONNECTIONS", "16"))
WRITERS = int(os.environ.get("WRITERS", "8"))
ACTORS = ["openai", "google", "anthropic", "nist"]
CV = json.loads((ROOT / PROFILE).read_text())


def writes_per_second(replicas, toks):
    counts = [0] * WRITERS
    errors = [0] * WRITERS
    stop = time.monotonic() + SECONDS

    def run(w):
        r = replicas[w % len(replicas)]
        actor = ACTORS[w % len(ACTORS)]
        c = http.client.HTTPConnection("127.0.0.1", r.port, timeout=30)
        n = 0
        while time.monotonic() < stop:
            n += 1
            body = json.dumps(dict(CV, id=f"bench-{w}", name=f"bench write {n}"))
            c.request("PUT", f"/v1/systems/bench-{w}", body=body, headers={"Authorization": "Bearer " + toks[actor]})
            resp = c.getresponse()
            resp.read()
            if 200 <= resp.status < 300:
                counts[w] += 1
            else:
                errors[w] += 1
        c.close()
    t0 = time.monotonic()
    threads = [threading.Thread(target=run, args=(w,)) for w in range(WRITERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(counts) / (time.monotonic() - t0), sum(errors)


def checks_per_second(replicas, tmp, path):
    lua = os.path.join(tmp, "post.lua")
    with open(lua, "w") as f:
        f.write(f'local f = assert(io.open("{ROOT / PROFILE}", "rb"))\nwrk.method = "POST"\nwrk.body = f:read("*a")\n'
                'f:close()\nwrk.headers["Content-Type"] = "application/json"\n')
    per = max(1, CONNECTIONS // len(replicas))
    procs = [subprocess.Popen(["wrk", "-t1", f"-c{per}", f"-d{DURATION}", "-s", lua, r.url + path],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) for r in replicas]
    total, non2xx = 0.0, 0
    for p in procs:
        out = p.communicate(timeout=600)[0]
        m = re.search(r"Requests/sec:\s+([\d.]+)", out)
        total += float(m.group(1)) if m else 0.0
        m = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
        non2xx += int(m.group(1)) if m else 0
    return total, non2xx


def measure(label, db, n):
    toks = {a: token(AIGOV, db, a) for a in ACTORS}
    replicas = [Server(AIGOV, db, "--jobs", "2") for _ in range(n)]
    try:
        wps, werr = writes_per_second(replicas, toks)
        cps, cerr = checks_per_second(replicas, tmp, "/v1/check")
        kps, kerr = checks_per_second(replicas, tmp, "/v1/check?compact=true")
    finally:
        for r in replicas:
            r.stop()
    print(f"{label:<28} {wps:10.1f} {cps:10.1f} {kps:12.1f}   write errors {werr}, check non-2xx {cerr + kerr}", flush=True)


tmp = tempfile.mkdtemp(prefix="aigov-bench-store-")
cpu = next((l.split(": ", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
print(f"bench_store: {WRITERS} writers x PUT /v1/systems/ID for {SECONDS:.0f} s; POST /v1/check ({PROFILE}) "
      f"with wrk, {CONNECTIONS} connections for {DURATION}; every server --jobs 2")
print(f"machine: {os.cpu_count()} cores, {cpu}")
print(f"{'store':<28} {'writes/s':>10} {'checks/s':>10} {'compact/s':>12}")
measure("SQLite", os.path.join(tmp, "registry.db"), 1)
pg = pglib.Cluster(prefix="aigov-bench-pg-")
try:
    measure("PostgreSQL, 1 replica", pg.createdb("one"), 1)
    measure("PostgreSQL, 2 replicas", pg.createdb("two"), 2)
finally:
    pg.cleanup()
    subprocess.run(["rm", "-rf", tmp])
