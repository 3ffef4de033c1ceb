#!/usr/bin/env python3
"""e2e_bad_http.py — every bad request of tests/bad/http/ against a real `aigov serve`
process on 127.0.0.1 with a real SQLite file (tests/serverlib.py).

Usage (CTest runs it from the repository root):  python3 tests/e2e_bad_http.py PATH_TO_AIGOV

A case is two files:
  NAME.request   the request, in the input format of fuzz/fuzz_http.c (so every case is
                 also a fuzz seed): the method, the target (path and query, percent-encoded
                 as on the wire), the Authorization header, the Content-Type header, each on
                 its own line (an empty line: no header), then the body verbatim. In the
                 Authorization line "$A" stands for a token of actor nist, "$B" for one of
                 actor openai and "$O" for an operator token. A body "@bytes N" is N bytes of spaces.
  NAME.expected  "status: N", "code: C" and "message: M" (the answer's error.code and
                 error.message, exactly); optionally "diagnostic: FILE:LINE:COL: PATH: MSG"
                 (the first of error.diagnostics, exactly; "-" for a part that is absent)
                 and "header: NAME: VALUE" lines that the answer must carry.

Before the cases, openai files system acme-hire (examples/cv-screener-us-to-eu.json), so
that a case can write to another actor's system. Every answer must be JSON with the
content type saying so; the server must still be healthy after the last case and stop
cleanly. The last line printed is "N passed, N failed"; the exit status is non-zero when
anything failed.
"""
import http.client
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serverlib import ROOT, Server, Tally, token  # noqa: E402

BASE = ROOT / "tests" / "bad" / "http"


def read_request(path, tokens):
    data = path.read_bytes()
    parts = data.split(b"\n", 4)
    parts += [b""] * (5 - len(parts))
    method, target, auth, ctype, body = (p.decode("utf-8", "replace") if i < 4 else p for i, p in enumerate(parts))
    for k, v in tokens.items():
        auth = auth.replace(k, v)
    if body.startswith(b"@bytes "):
        body = b" " * int(body.split()[1])
    headers = {}
    if auth:
        headers["Authorization"] = auth
    if ctype:
        headers["Content-Type"] = ctype
    return method, target, headers, body


def send(port, method, target, headers, body):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        c.putrequest(method, target, skip_accept_encoding=True)
        for k, v in headers.items():
            c.putheader(k, v)
        c.putheader("Content-Length", str(len(body)))
        c.endheaders()
        try:
            c.send(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered (413) before reading the body
        r = c.getresponse()
        return r.status, r.read(), {k.lower(): v for k, v in r.getheaders()}
    finally:
        c.close()


def diagnostic_line(d):
    pos = "%s:%s:%s" % (d.get("file", "-"), d.get("line", "-"), d.get("column", "-"))
    return "%s: %s: %s" % (pos, d.get("json_path", "-"), d.get("message", "-"))


def check_case(T, port, name, tokens):
    method, target, headers, body = read_request(BASE / (name + ".request"), tokens)
    want = {}
    want_headers = []
    for line in (BASE / (name + ".expected")).read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition(": ")
        if key == "header":
            want_headers.append(value)
        elif key:
            want[key] = value
    status, raw, hdr = send(port, method, target, headers, body)
    problems = []
    if str(status) != want.get("status"):
        problems.append("status %d, expected %s" % (status, want.get("status")))
    if not hdr.get("content-type", "").startswith("application/json"):
        problems.append("content type %r, expected application/json" % hdr.get("content-type"))
    try:
        err = json.loads(raw)["error"]
    except (ValueError, KeyError, TypeError):
        err = None
        problems.append("the answer is not a JSON error object: %r" % raw[:300])
    if err is not None:
        for key in ("code", "message"):
            if err.get(key) != want.get(key):
                problems.append("%s:\n  got:      %s\n  expected: %s" % (key, err.get(key), want.get(key)))
        if "diagnostic" in want:
            got = diagnostic_line((err.get("diagnostics") or [{}])[0])
            if got != want["diagnostic"]:
                problems.append("diagnostic:\n  got:      %s\n  expected: %s" % (got, want["diagnostic"]))
    for h in want_headers:
        k, _, v = h.partition(": ")
        if hdr.get(k.lower()) != v:
            problems.append("header %s: %r, expected %r" % (k, hdr.get(k.lower()), v))
    T.ok(not problems, "%s\n  %s" % (name, "\n  ".join(problems)))


def main():
    if len(sys.argv) != 2:
        print("usage: python3 tests/e2e_bad_http.py PATH_TO_AIGOV", file=sys.stderr)
        return 2
    aigov = os.path.abspath(sys.argv[1])
    T = Tally()
    db = os.path.join(tempfile.mkdtemp(prefix="aigov-bad-http-"), "registry.db")
    tokens = {"$A": token(aigov, db, "nist"), "$B": token(aigov, db, "openai"), "$O": token(aigov, db, "--operator")}
    s = Server(aigov, db, "--date", "2026-11-28")
    try:
        cv = (ROOT / "examples" / "cv-screener-us-to-eu.json").read_text()
        st, _, _, _ = s.request("PUT", "/v1/systems/acme-hire", cv, token=tokens["$B"])
        T.ok(st == 201, "setup: openai files acme-hire (%d)" % st)
        names = sorted(f[:-len(".request")] for f in os.listdir(BASE) if f.endswith(".request"))
        T.ok(len(names) >= 14, "at least 14 cases (%d)" % len(names))
        for name in names:
            check_case(T, s.port, name, tokens)
        st, doc, _, _ = s.request("GET", "/v1/health")
        T.ok(st == 200 and doc["status"] == "ok", "still healthy after every bad request")
    finally:
        rc, err = s.stop()
    T.ok(rc == 0, "stops cleanly (%s): %s" % (rc, err))
    T.finish()


if __name__ == "__main__":
    sys.exit(main())
