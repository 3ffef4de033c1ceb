#!/usr/bin/env python3
"""Every JSON number is accepted, in files, batches and HTTP bodies: an integer outside
int64 (10000000000000000000, the way browsers write 1e19; JSON.stringify(1e20) is
"100000000000000000000") is read as the double it names, so a profile written that way
gets exactly the answer of the same profile written 1e19. Errors after such a number
still name the caller's line and column. (The web page's example picker is tested in
e2e_web.py, which opens every example through it.)

Usage: e2e_numbers.py PATH_TO_AIGOV"""
import json
import pathlib
import sys
import tempfile

from e2elib import ROOT, ok, run, finish
import serverlib

aigov = sys.argv[1]
tmp = pathlib.Path(tempfile.mkdtemp(prefix="aigov-numbers-"))

# emotion-recognition-work (the README's banned practice) trains with 1e19 FLOP.
src = (ROOT / "examples/emotion-recognition-work.json").read_text()
ok('"training_compute_flop": 1e+19' in src, "the example still says 1e+19")
texts = {
    "1e19": src,
    "10000000000000000000": src.replace('"training_compute_flop": 1e+19', '"training_compute_flop": 10000000000000000000'),
    "1e20": src.replace('"training_compute_flop": 1e+19', '"training_compute_flop": 1e+20'),
    "100000000000000000000": src.replace('"training_compute_flop": 1e+19', '"training_compute_flop": 100000000000000000000'),
}
out = {}
for name, text in texts.items():
    f = tmp / f"{name}.json"
    f.write_text(text)
    rc, so, se = run(aigov, "check", str(f), "--date", "2026-11-28", "--format", "json")
    ok(rc in (0, 1) and not se, f"check of a profile with {name} FLOP: exit {rc}, {se}")
    out[name] = json.loads(so) if so else None
    if out[name]:
        out[name]["profile"].pop("source", None)
for a, b in (("1e19", "10000000000000000000"), ("1e20", "100000000000000000000")):
    ok(out[a] is not None and out[a] == out[b], f"{b} FLOP gives the answer of {a}")

# Text report too (the command a user runs).
rc, so, se = run(aigov, "check", str(tmp / "10000000000000000000.json"), "--date", "2026-11-28")
ok(rc in (0, 1) and "BANNED" in so and not se, f"text check of 10000000000000000000 FLOP ({rc}, {se})")

# Negative ones: a schema error naming the value, not a JSON error.
neg = tmp / "neg.json"
neg.write_text(texts["10000000000000000000"].replace("10000000000000000000", "-10000000000000000000"))
rc, so, se = run(aigov, "check", str(neg))
ok(rc == 2 and "below the minimum 0" in se and "invalid JSON" not in se, f"a negative big integer: schema error ({se})")

# An error after a big integer names the caller's column, not the rewritten text's.
bad = tmp / "bad.json"
bad.write_text('{"model": {"training_compute_flop": 10000000000000000000, "x": 100000000000000000000, "y": ?}}\n')
rc, so, se = run(aigov, "check", str(bad))
col = bad.read_text().index("?") + 1
ok(rc == 2 and f"bad.json:1:{col}: error: invalid JSON" in se, f"an error after big integers: column {col} ({se})")
# A real beyond a double's range is still refused.
huge = tmp / "huge.json"
huge.write_text('{"model": {"training_compute_flop": 1e400}}\n')
rc, so, se = run(aigov, "check", str(huge))
ok(rc == 2 and "invalid JSON" in se and "huge.json:1:" in se, f"1e400 is refused ({se})")

# Batches: the line with the big integer gives the line of 1e19.
lines = "".join(json.dumps(json.loads(texts[k])) + "\n" for k in ("1e19", "10000000000000000000"))
ok("10000000000000000000" in lines, "the batch holds the big integer")
rc, so, se = run(aigov, "check", "--batch", "-", "--date", "2026-11-28", stdin=lines)
res = [json.loads(l) for l in so.splitlines()] if rc in (0, 1) else []
ok(len(res) == 2 and {k: v for k, v in res[0].items() if k != "line"} == {k: v for k, v in res[1].items() if k != "line"},
   f"a batch line with 10000000000000000000 FLOP gives the line of 1e19 ({rc}, {se}, {so[:300]})")

# HTTP bodies: POST /v1/check with the big integer equals the check of the file.
srv = serverlib.Server(aigov, tmp / "reg.db")
try:
    body = texts["10000000000000000000"]
    st, doc, raw, _ = srv.request("POST", "/v1/check?date=2026-11-28", body=body,
                                  headers={"Content-Type": "application/json"})
    ok(st == 200, f"POST /v1/check with 10000000000000000000 FLOP: {st} {raw[:300]!r}")
    if doc and "profile" in doc:
        doc["profile"].pop("source", None)
    ok(doc == out["1e19"], "POST /v1/check with 10000000000000000000 FLOP equals the CLI's answer for 1e19")
    body = '{"model": {"training_compute_flop": 1, "x": 100000000000000000000, "y": ?}}'
    st, doc, raw, _ = srv.request("POST", "/v1/check", body=body, headers={"Content-Type": "application/json"})
    col = body.index("?") + 1
    ok(st == 400 and doc and doc["error"]["diagnostics"][0]["column"] == col,
       f"an HTTP body's error after a big integer: column {col} ({st} {raw[:300]!r})")
finally:
    rc, err = srv.stop()
ok(rc == 0, f"server stopped cleanly ({rc}, {err})")
sys.exit(finish())
