#!/usr/bin/env python3
"""The registry service under abuse (issue 18; docs/limits.md): HTTP framing refused
exactly, the raw path routed, the request deadline, the shared body budget, the limit per
client address, and a bounded load of 1,100 slow connections and 100 connections
streaming 8 MiB bodies while /v1/health keeps answering and memory stays under the
documented ceiling; the work and answer budgets of a request (issue 27: a batch of empty
profiles, an overlay whose instruments all conflict), streamed batch answers, a client that
leaves, SIGTERM while an analysis runs. Loopback only; every loop is bounded. Also the CLI's
refusal of non-regular input files (a FIFO would hang a read forever) and its budgets.

Usage: e2e_server_limits.py PATH_TO_AIGOV"""
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import json

from serverlib import ROOT, Server, Tally

T = Tally()
ok = T.ok

# The documented ceiling (docs/limits.md) of the service's peak resident memory under the
# load below: 64 MiB of body budget, 64 KiB of MHD pool per connection, the corpus. Under
# AddressSanitizer (make asan) its shadow memory and quarantine of freed blocks come on top
# (measured 436 MiB), so the ceiling there is 1 GiB.
RSS_CEILING_MIB = 1024 if "ASAN_OPTIONS" in os.environ or "build-asan" in " ".join(sys.argv) else 256


def raw(port, data, src="127.0.0.1", timeout=5.0):
    """Sends bytes on a fresh connection from `src` and returns what comes back (until close
    or timeout)."""
    s = socket.socket()
    s.settimeout(timeout)
    s.bind((src, 0))
    s.connect(("127.0.0.1", port))
    try:
        s.sendall(data)
    except OSError:
        pass
    out = b""
    try:
        while True:
            b = s.recv(65536)
            if not b:
                break
            out += b
    except OSError:
        pass
    s.close()
    return out


def status_and_json(resp):
    head, _, body = resp.partition(b"\r\n\r\n")
    try:
        code = int(head.split(b" ", 2)[1])
    except (IndexError, ValueError):
        return None, None
    try:
        return code, json.loads(body)
    except ValueError:
        return code, None


def framing(srv):
    p = srv.port
    cases = [
        (b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}{}", 400, "Content-Length"),
        (b"POST /v1/check HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n{}", 501, "Transfer-Encoding"),
        (b"POST /v1/check HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n", 501, "Transfer-Encoding"),
        (b"POST /v1/check HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n", 400, "both"),
        (b"GET /v1/health HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc", 413, "limit of 0 bytes"),
        (b"GET /v1/health?" + b"&".join(b"a%d=1" % i for i in range(1000)) + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 400, "too many query arguments"),
        (b"GET /v1/instruments/eu%2Fai-act HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 400, "encoded separator"),
        (b"GET /v1/instruments/eu-ai-act%00x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 400, "encoded NUL"),
        (b"GET /v1/instruments/eu%2dai%2Dact HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 200, None),
        (b"GET /v1/gaps?date=%00 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 400, "percent-escape"),
        (b"GET /v1/gaps?date=2026%2D01%2D01 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 200, None),
        # Issue 27, 2 (RFC 9112): each let a request smuggled behind it run.
        (b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Length : 60\r\nContent-Length: 2\r\n\r\n{}", 400, "not a token"),
        (b"POST /v1/check HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n Transfer-Encoding: chunked\r\nContent-Length: 2\r\n\r\n{}", 400, "folded"),
        (b"POST /v1/check HTTP/1.1\r\nHost: x\r\nTransfer-Encoding:\r\n chunked\r\nContent-Length: 2\r\n\r\n{}", 400, "folded"),
        (b"PUT /v1/systems/acme-z\x00../../beta-b HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}", 400, "NUL"),
        (b"GET /v1/instruments/eu-ai-act\x00x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 400, "NUL"),
    ]
    for data, want, text in cases:
        code, doc = status_and_json(raw(p, data))
        label = data[:60]
        ok(code == want, f"{label!r}: status {code}, expected {want}")
        ok(doc is not None, f"{label!r}: the answer is JSON")
        if text and doc is not None:
            ok(text in doc.get("error", {}).get("message", ""), f"{label!r}: message names '{text}': {doc}")
    # A chunked body larger than the route takes is read to its end and refused as JSON.
    big = b"".join(b"100000\r\n" + b"a" * 0x100000 + b"\r\n" for _ in range(2)) + b"0\r\n\r\n"
    code, doc = status_and_json(raw(p, b"PUT /v1/systems/x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" + big))
    ok(code == 413 and doc is not None, f"chunked body over the profile limit: {code} {doc}")


def filters(srv):
    """/v1/map and /v1/conflicts apply their documented topic, layer and jurisdiction."""
    st, full, _, _ = srv.request("GET", "/v1/map")
    st2, lab, _, _ = srv.request("GET", "/v1/map?topic=labour&layer=deployment")
    insts = {n["id"] for n in lab["nodes"] if n.get("type") == "instrument"} if lab else set()
    ok(st == 200 and st2 == 200 and "nyc-ll144" in insts and "gdpr" not in insts, f"/v1/map?topic=labour: {sorted(insts)}")
    st, allc, _, _ = srv.request("GET", "/v1/conflicts")
    st2, co, _, _ = srv.request("GET", "/v1/conflicts?jurisdiction=US-CO")
    ok(st == 200 and st2 == 200 and len(co["overlaps"]) < len(allc["overlaps"]), "/v1/conflicts?jurisdiction=US-CO keeps a subset")
    st, err, _, _ = srv.request("GET", "/v1/map?topic=bais")
    ok(st == 400 and "did you mean 'bias'" in err["error"]["message"], f"/v1/map?topic=bais: {st} {err}")


def deadline(srv, seconds):
    """A client that sends a header line now and then, never finishing its request, is cut
    off once the request deadline passes (idle timeouts alone never fire on it)."""
    s = socket.socket()
    s.settimeout(1.0)
    s.connect(("127.0.0.1", srv.port))
    s.sendall(b"GET /v1/health HTTP/1.1\r\nHost: x\r\n")
    t0 = time.monotonic()
    closed_at = None
    while time.monotonic() - t0 < seconds + 6:
        try:
            s.sendall(b"X-Slow: 1\r\n")
            b = s.recv(1024)
            if not b:
                closed_at = time.monotonic() - t0
                break
        except socket.timeout:
            continue
        except OSError:
            closed_at = time.monotonic() - t0
            break
    s.close()
    ok(closed_at is not None and closed_at < seconds + 3, f"a slow request is cut at the deadline ({seconds} s): closed after {closed_at}")


def rss_peak_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return None


def slow_clients(port, n, stop, out):
    """n connections from 127.0.0.2, each sending a header line a second, never finishing."""
    socks, refused = [], 0
    for _ in range(n):
        try:
            s = socket.socket()
            s.settimeout(0.5)
            s.bind(("127.0.0.2", 0))
            s.connect(("127.0.0.1", port))
            s.sendall(b"POST /v1/check HTTP/1.1\r\nHost: x\r\n")
            socks.append(s)
        except OSError:
            refused += 1
    cut = 0
    while not stop.is_set():
        for s in socks:
            try:
                s.sendall(b"X-Drip: 1\r\n")
            except OSError:
                cut += 1
        stop.wait(1.0)
    for s in socks:
        s.close()
    out.put(("slow", refused, len(socks)))


def streamers(port, n, stop, out):
    """n connections from 127.0.0.3 each sending an 8 MiB body; what each got back."""
    answers = {}
    lock = threading.Lock()

    def one():
        body = b"x" * 65536
        code = "reset"
        try:
            s = socket.socket()
            s.settimeout(10)
            s.bind(("127.0.0.3", 0))
            s.connect(("127.0.0.1", port))
            s.sendall(b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % (8 << 20))
            resp = b""
            s.settimeout(0.3)  # an early answer (503: the budget is spent) comes at once
            try:
                resp = s.recv(65536)
            except socket.timeout:
                s.settimeout(10)
                for _ in range(128):
                    if stop.is_set():
                        break
                    s.sendall(body)
                while b"\r\n\r\n" not in resp:
                    b = s.recv(65536)
                    if not b:
                        break
                    resp += b
            code, _ = status_and_json(resp)
        except OSError:
            pass
        with lock:
            answers[code] = answers.get(code, 0) + 1

    ts = [threading.Thread(target=one) for _ in range(n)]
    for t in ts:
        t.start()
    for t in ts:
        t.join(timeout=60)
    out.put(("stream", answers))


def load(srv):
    """1,100 slow connections (from 127.0.0.2) and 100 connections streaming 8 MiB bodies
    (from 127.0.0.3), in two other processes, while this one asks /v1/health every 100 ms
    from 127.0.0.1."""
    import multiprocessing as mp
    ctx = mp.get_context("fork")
    stop, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=slow_clients, args=(srv.port, 1100, stop, out)),
             ctx.Process(target=streamers, args=(srv.port, 100, stop, out))]
    for p in procs:
        p.start()
    lat = []
    failures = 0
    t0 = time.monotonic()
    while time.monotonic() - t0 < 8:
        a = time.monotonic()
        try:
            st, doc, _, _ = srv.request("GET", "/v1/health", timeout=5)
            if st != 200:
                failures += 1
        except OSError:
            failures += 1
        lat.append((time.monotonic() - a) * 1000)
        time.sleep(0.1)
    stop.set()
    results = {}
    for _ in procs:
        try:
            r = out.get(timeout=60)
            results[r[0]] = r[1:]
        except Exception:
            pass
    for p in procs:
        p.join(timeout=30)
        if p.is_alive():
            p.kill()
    lat.sort()
    p50, p99, mx = lat[len(lat) // 2], lat[max(0, int(len(lat) * 0.99) - 1)], lat[-1]
    peak = rss_peak_mib(srv.proc.pid)
    answers = results.get("stream", [{}])[0]
    print(f"load: {len(lat)} health probes under 1,100 slow + 100 streaming connections: "
          f"p50 {p50:.1f} ms, p99 {p99:.1f} ms, max {mx:.1f} ms; slow (refused at connect, opened): "
          f"{results.get('slow')}; streamed bodies answered: {answers}; server peak RSS {peak:.0f} MiB "
          f"(ceiling {RSS_CEILING_MIB} MiB)", flush=True)
    ok(failures == 0, f"/v1/health failed {failures} times under load")
    # The target is 100 ms (docs/limits.md, measured by bench/bench_server.sh on an idle
    # machine); a test is no benchmark, so on a shared CI machine it asks only that no probe
    # waits for the attackers to give up, and prints the figures.
    ok(mx < 5000, f"/v1/health took up to {mx:.0f} ms under load")
    ok(peak is not None and peak < RSS_CEILING_MIB, f"peak RSS {peak} MiB, ceiling {RSS_CEILING_MIB} MiB")
    ok(answers.get(503, 0) > 0, f"the body budget turned some 8 MiB bodies away with 503: {answers}")
    still = srv.request("GET", "/v1/health", timeout=5)[0]
    ok(still == 200, "the service answers after the load")


def fifo_inputs(aigov):
    d = tempfile.mkdtemp()
    f = os.path.join(d, "p.json")
    os.mkfifo(f)
    for args in (["check", f], ["check", "examples/customer-chatbot.json", "--overlay", f], ["eval", "true", "--profile", f]):
        try:
            p = subprocess.run([aigov, *args], cwd=ROOT, capture_output=True, text=True, timeout=10)
            ok(p.returncode == 2 and "FIFO" in p.stderr, f"{args}: exit {p.returncode}, {p.stderr!r}")
        except subprocess.TimeoutExpired:
            ok(False, f"{args}: hung on a FIFO")
    c = os.path.join(d, "corpus")
    subprocess.run(["cp", "-r", str(ROOT / "corpus"), c], check=True)
    os.mkfifo(os.path.join(c, "instruments", "zz-fifo.yaml"))
    try:
        p = subprocess.run([aigov, "validate", "--corpus", c], cwd=ROOT, capture_output=True, text=True, timeout=20)
        ok(p.returncode == 2 and "zz-fifo.yaml: error: is a FIFO" in p.stderr, f"corpus with a FIFO: {p.returncode} {p.stderr[:300]!r}")
    except subprocess.TimeoutExpired:
        ok(False, "validate hung on a FIFO in the corpus")
    p = subprocess.run([aigov, "check", "/dev/zero"], cwd=ROOT, capture_output=True, text=True, timeout=10)
    ok(p.returncode == 2 and "device" in p.stderr, f"a device as profile: {p.returncode} {p.stderr!r}")


def conflict_overlay(n, nprov=4):
    """An overlay of n instruments whose provisions all conflict with each other (each
    prohibition forbids what each obligation requires, for overlapping systems): the
    conflicts analysis has O((n * nprov)^2) pairs to decide."""
    insts = []
    for i in range(n):
        provs = [{"id": f"p{k}", "article": f"Art. {k + 1}", "kind": "prohibition" if k % 2 == 0 else "obligation",
                  "addressee": ["provider"], "actions": ["evaluate_model", "adversarial_testing", "report_incidents"],
                  "summary": "s", "when": f"system.model.training_compute_flop > {i + 1}e20 || system.model.training_compute_flop"
                                          f" < {k + 1}e10 || sets.intersects(system.markets, [\"US\", \"DE\"])"}
                 for k in range(nprov)]
        insts.append({"id": f"zz-conflict-{i}", "title": f"Conflict {i}", "issuer": ["us-government"], "jurisdiction": "INTL",
                      "modality": "international_agreement", "form": "special_policy", "binding": "binding",
                      "layers": ["development"], "topics": ["safety"], "adopted": "2025-01-01", "in_force": "2025-01-01",
                      "text_version": "t", "citations": ["https://example.org/conflict-instrument-scenario"],
                      "scope": [{"trigger": "t", "article": "Art. 0",
                                 "when": "system.model.training_compute_flop > 1 || sets.intersects(system.markets, [\"US\"])"}],
                      "provisions": provs})
    return {"title": "every provision conflicts", "add": {"instruments": insts}}


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def post_raw(port, path, body, ctype="application/json", src="127.0.0.1", timeout=60.0):
    head = (f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n"
            "Connection: close\r\n\r\n").encode()
    return raw(port, head + body, src=src, timeout=timeout)


def budgets(aigov, d):
    """Issue 27, 1: the work a request orders and the answer it gets are bounded."""
    # A generous time budget here: a shared machine may be slow; the 2 s one is below.
    srv = Server(aigov, os.path.join(d, "b.db"), "--max-seconds", "300")
    pid = srv.proc.pid
    try:
        # 300 empty profiles (900 bytes) ordered 25.6 s of CPU and a 518 MB answer: refused
        # before anything is decided, naming the limit and how to stay under it.
        st, doc, _, _ = srv.request("POST", "/v1/check", b"{}\n" * 300, headers={"Content-Type": "application/x-ndjson"})
        msg = (doc or {}).get("error", {}).get("message", "")
        ok(st == 422 and doc["error"]["code"] == "work_limit" and "limit of" in msg and "at most" in msg,
           f"a batch of 300 empty profiles: {st} {msg[:200]}")
        # A what-if decides each profile against both versions: bounded the same way.
        st, doc, _, _ = srv.request("POST", "/v1/whatif", {"overlay": {"title": "t"}, "profiles": [{}] * 100})
        ok(st == 422 and doc["error"]["code"] == "work_limit" and "profiles" in doc["error"]["message"], f"a what-if of 100 profiles: {st} {doc}")
        # 100 of them (300 bytes) made a 172 MB answer: 413 from the first result's size.
        st, doc, _, _ = srv.request("POST", "/v1/check", b"{}\n" * 100, headers={"Content-Type": "application/x-ndjson"})
        msg = (doc or {}).get("error", {}).get("message", "")
        ok(st == 413 and doc["error"]["code"] == "answer_too_large" and "compact" in msg and "CLI" in msg,
           f"a batch of 100 empty profiles: {st} {msg[:200]}")
        # 8 of them: a 13 MB answer, streamed as decided (chunked), never held whole.
        before = rss_peak_mib(pid)
        t0 = time.monotonic()
        resp = post_raw(srv.port, "/v1/check", b"{}\n" * 8, "application/x-ndjson", timeout=300)
        head, _, body = resp.partition(b"\r\n\r\n")
        chunked = b"transfer-encoding: chunked" in head.lower()
        ok(head.startswith(b"HTTP/1.1 200") and chunked and len(body) > 12_000_000 and body.endswith(b"\r\n0\r\n\r\n"),
           f"a batch of 8 is streamed: {head[:120]!r}, {len(body)} bytes")
        peak = rss_peak_mib(pid)
        print(f"budgets: streamed a {len(body) / 1e6:.1f} MB batch answer in {time.monotonic() - t0:.1f} s; server peak RSS "
              f"{before:.0f} -> {peak:.0f} MiB", flush=True)
        ok(peak < RSS_CEILING_MIB, f"streaming a 13 MB answer keeps the peak RSS under {RSS_CEILING_MIB} MiB: {peak:.0f} MiB")
        # The streamed document is the one the whole rendering makes.
        two = (json.dumps(json.load(open(ROOT / "examples/customer-chatbot.json"))) + "\n" +
               json.dumps(json.load(open(ROOT / "examples/cv-screener-us-to-eu.json"))) + "\n").encode()
        for q in ("", "?compact=true"):
            st, doc, data, hdr = srv.request("POST", "/v1/check" + q, two, headers={"Content-Type": "application/x-ndjson"})
            ok(st == 200 and len(doc["results"]) == 2 and data.endswith(b"}\n"), f"a streamed batch{q} is one JSON document: {st}")
    finally:
        srv.stop()
    srv = Server(aigov, os.path.join(d, "b.db"), "--max-seconds", "2")
    pid = srv.proc.pid
    try:
        # An overlay whose 400 instruments all conflict ran for more than 200 s at 5 GB: it
        # stops at the request's time budget (--max-seconds 2), answered 422.
        ov = json.dumps({"overlay": conflict_overlay(400)}).encode()
        c0 = cpu_seconds(pid)
        st, doc, _, _ = srv.request("POST", "/v1/whatif", ov, timeout=120)
        used = cpu_seconds(pid) - c0
        msg = (doc or {}).get("error", {}).get("message", "")
        print(f"budgets: what-if of 400 conflicting instruments ({len(ov)} bytes): {st} after {used:.1f} s of CPU", flush=True)
        ok(st == 422 and doc["error"]["code"] == "work_limit" and "2 s" in msg, f"the conflicting overlay stops: {st} {msg[:200]}")
        # A client that leaves: its analysis is cancelled (the CPU stops).
        s = socket.socket()
        s.connect(("127.0.0.1", srv.port))
        s.sendall(b"POST /v1/whatif HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n" % len(ov) + ov)
        time.sleep(0.5)
        s.close()
        time.sleep(0.5)
        c0 = cpu_seconds(pid)
        time.sleep(2.5)
        used = cpu_seconds(pid) - c0
        print(f"budgets: CPU in the 2.5 s after the client left: {used:.2f} s", flush=True)
        ok(used < 1.0, f"an analysis whose client left stops: {used:.2f} s of CPU after it left")
        # /v1/health answers while the worst requests run on every connection a client keeps
        # (the analysis pool's queue; the rest are refused 503 at once).
        stop = threading.Event()
        codes = {}

        def attacker(i):
            while not stop.is_set():
                try:
                    r = post_raw(srv.port, "/v1/whatif", ov, src="127.0.0.4", timeout=30)
                    c, _ = status_and_json(r)
                except OSError:
                    c = "reset"
                codes[c] = codes.get(c, 0) + 1

        ts = [threading.Thread(target=attacker, args=(i,)) for i in range(16)]
        for t in ts:
            t.start()
        time.sleep(1.0)
        lat = []
        for _ in range(30):
            a = time.monotonic()
            st = srv.request("GET", "/v1/health", timeout=10)[0]
            lat.append((time.monotonic() - a) * 1000)
            ok(st == 200, "health under analysis load")
            time.sleep(0.1)
        st_read = srv.request("GET", "/v1/instruments/eu-ai-act", timeout=10)[0]
        stop.set()
        for t in ts:
            t.join(timeout=60)
        lat.sort()
        print(f"budgets: /v1/health under 16 connections of conflicting what-ifs: p50 {lat[len(lat) // 2]:.1f} ms, "
              f"max {lat[-1]:.1f} ms; what-if answers {codes}", flush=True)
        ok(st_read == 200, "a read answers under analysis load")
        ok(lat[-1] < 5000, f"/v1/health took up to {lat[-1]:.0f} ms under analysis load")
        ok(codes.get(503, 0) > 0, f"the analysis pool refuses what does not fit with 503: {codes}")
        # SIGTERM while an analysis runs: the service ends within a few seconds.
        s = socket.socket()
        s.connect(("127.0.0.1", srv.port))
        s.sendall(b"POST /v1/whatif HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n" % len(ov) + ov)
        time.sleep(0.5)
        a = time.monotonic()
        code, err = srv.stop(timeout=20)
        took = time.monotonic() - a
        s.close()
        print(f"budgets: SIGTERM during an analysis: stopped in {took:.1f} s", flush=True)
        ok(code == 0 and took < 15, f"SIGTERM during an analysis ends the service: {code} in {took:.1f} s {err[-200:]}")
    finally:
        if srv.proc.poll() is None:
            srv.stop()


def cli_budgets(aigov, d):
    """The CLI's --max-seconds and --max-memory: off by default; when given, a computation
    past them ends with exit 2 and a sentence."""
    ov = os.path.join(d, "conflicts.json")
    with open(ov, "w") as f:
        json.dump(conflict_overlay(800), f)
    p = subprocess.run([aigov, "whatif", ov, "--max-seconds", "1", "-f", "json"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    ok(p.returncode == 2 and "--max-seconds 1" in p.stderr and not p.stdout, f"whatif --max-seconds 1: {p.returncode} {p.stderr[-300:]!r}")
    # --max-memory bounds the address space (RLIMIT_AS): under AddressSanitizer, whose shadow
    # memory reserves terabytes of it, no such bound can hold, so the sanitizer build (CMake
    # sets AIGOV_SANITIZED) checks --max-seconds only.
    san = os.environ.get("AIGOV_SANITIZED") == "1"
    if not san:
        p = subprocess.run([aigov, "whatif", ov, "--max-memory", "64", "-f", "json"], cwd=ROOT, capture_output=True, text=True, timeout=120)
        ok(p.returncode == 2 and "out of memory" in p.stderr and not p.stdout, f"whatif --max-memory 64: {p.returncode} {p.stderr[-300:]!r}")
    p = subprocess.run([aigov, "check", "examples/customer-chatbot.json", "--max-seconds", "60"] + ([] if san else ["--max-memory", "1024"]),
                       cwd=ROOT, capture_output=True, text=True, timeout=120)
    ok(p.returncode == 0 and "Obligations of" in p.stdout, f"check within its budget: {p.returncode} {p.stderr[-300:]!r}")
    p = subprocess.run([aigov, "check", "examples/customer-chatbot.json", "--max-seconds", "0"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    ok(p.returncode == 2 and "--max-seconds must be" in p.stderr, f"--max-seconds 0: {p.returncode} {p.stderr!r}")


def main():
    aigov = sys.argv[1]
    fifo_inputs(aigov)
    with tempfile.TemporaryDirectory() as d:
        cli_budgets(aigov, d)
        budgets(aigov, d)
    with tempfile.TemporaryDirectory() as d:
        srv = Server(aigov, os.path.join(d, "r.db"), "--request-timeout", "3")
        try:
            framing(srv)
            filters(srv)
            deadline(srv, 3)
            load(srv)
        finally:
            code, err = srv.stop()
            ok(code == 0, f"server stopped cleanly: {code} {err[-300:]}")
    T.finish()


if __name__ == "__main__":
    main()
