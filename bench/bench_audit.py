#!/usr/bin/env python3
"""The verifiable registry log (docs/security.md), measured on a real `aigov serve` over a
real SQLite file on loopback: for logs of each size in LOG_SIZES (filled with organisation
writes through the API), the latency of a signed head, an inclusion proof and a
consistency proof, side by side with the full chain-and-tables check that was the only
integrity answer before (GET /v1/audit/verify) and with `aigov audit head` on the file
(a cold start: the whole chain read and checked). Then one read that used to hold the
writers' lock and parse every version: GET /v1/systems/ID of a system with VERSIONS
versions of a ~600 KB profile.

Prints each figure with its unit (milliseconds per request: median and 90th percentile of
REPEAT requests, one connection each) and the machine.
Usage: bench/bench_audit.py PATH_TO_AIGOV   (make bench-server)"""
import json
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from serverlib import Server  # noqa: E402

AIGOV = os.path.abspath(sys.argv[1])
SIZES = [int(x) for x in os.environ.get("LOG_SIZES", "1000,5000").split(",")]
REPEAT = int(os.environ.get("REPEAT", "30"))
VERSIONS = int(os.environ.get("VERSIONS", "30"))


def timed(srv, path, n=REPEAT):
    ts = []
    for _ in range(n):
        t = time.perf_counter()
        st, _, _, _ = srv.request("GET", path)
        ts.append((time.perf_counter() - t) * 1000)
        if st != 200:
            raise RuntimeError(f"GET {path}: {st}")
    ts.sort()
    return statistics.median(ts), ts[min(len(ts) - 1, int(len(ts) * 0.9))]


def main():
    cpu = next((l.split(": ", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    print("bench_audit: the registry log's heads and proofs, loopback, SQLite (WAL, synchronous=FULL)")
    print(f"machine: {os.cpu_count()} cores, {cpu}, {os.uname().sysname} {os.uname().release}")
    print(f"{'entries':>8}  {'request':<44} {'median ms':>10} {'p90 ms':>8}")
    tmp = tempfile.mkdtemp(prefix="aigov-bench-audit-")
    try:
        for size in SIZES:
            db = os.path.join(tmp, f"log{size}.db")
            srv = Server(AIGOV, db, "--date", "2026-12-02")
            op = srv.operator_token
            for i in range(size - 1):
                st = srv.request("POST", "/v1/organisations", {"id": f"o{i}", "name": f"Org {i}", "kind": "company", "established": "DE"},
                                 token=op)[0]
                if st != 201:
                    raise RuntimeError(f"write {i}: {st}")
            rows = [("GET /v1/audit/head", "/v1/audit/head"),
                    (f"GET /v1/audit/proof/inclusion (entry {size // 2})", f"/v1/audit/proof/inclusion?seq={size // 2}"),
                    ("GET /v1/audit/proof/consistency (from 7)", "/v1/audit/proof/consistency?from=7"),
                    ("peer: GET /v1/audit/verify (chain + tables)", "/v1/audit/verify")]
            for label, path in rows:
                med, p90 = timed(srv, path, REPEAT if "verify" not in path else max(3, REPEAT // 5))
                print(f"{size:>8}  {label:<44} {med:>10.2f} {p90:>8.2f}")
            srv.stop()
            ts = []
            for _ in range(3):
                t = time.perf_counter()
                subprocess.run([AIGOV, "audit", "head", "--db", db], check=True, capture_output=True)
                ts.append((time.perf_counter() - t) * 1000)
            print(f"{size:>8}  {'aigov audit head --db (process, whole chain)':<44} {statistics.median(ts):>10.2f} {max(ts):>8.2f}")
        db = os.path.join(tmp, "versions.db")
        srv = Server(AIGOV, db, "--date", "2026-12-02")
        op = srv.operator_token
        srv.request("POST", "/v1/organisations", {"id": "acme", "name": "Acme", "kind": "company", "established": "DE"}, token=op)
        tok = srv.request("POST", "/v1/tokens", {"holder": "acme"}, token=op)[1]["token"]
        prof = json.loads((ROOT / "examples/customer-chatbot.json").read_text())
        prof["id"] = "big"
        for i in range(VERSIONS):
            p = dict(prof, name=f"v{i} " + "x" * 600000)
            if srv.request("PUT", "/v1/systems/big", p, token=tok)[0] not in (200, 201):
                raise RuntimeError("filing")
        med, p90 = timed(srv, "/v1/systems/big", 10)
        print(f"{'':>8}  {f'GET /v1/systems/ID, {VERSIONS} versions of {len(json.dumps(p)) // 1000} KB':<44} {med:>10.2f} {p90:>8.2f}")
        srv.stop()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
