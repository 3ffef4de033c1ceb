#!/usr/bin/env python3
"""End-to-end tests of `aigov check --batch` (docs/batch.md) over the real binary:
every example profile as one JSON line, checked in a batch, must give the same decisions
as `aigov check --format json` on the file (summary, every status, dates, deciding
fields, exemptions, conflicts); output is in input order whatever --jobs; stdin works;
bad lines stop the run with their line number, or with --keep-going are reported and
skipped; blank and CRLF lines; limits; usage errors; a progress bar on a terminal and
none on a pipe; memory stays flat as input grows.

Usage: e2e_batch.py PATH_TO_AIGOV"""
import json
import os
import pathlib
import subprocess
import sys
import tempfile

from e2elib import ROOT, ok, finish
import e2elib


def run(aigov, *args, stdin=None, timeout=300):
    p = subprocess.run([aigov, *args], cwd=ROOT, input=stdin, capture_output=True, timeout=timeout)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def examples():
    return sorted((ROOT / "examples").glob("*.json"))


def jsonl_of(paths):
    return "".join(json.dumps(json.loads(p.read_text()), ensure_ascii=False) + "\n" for p in paths)


def expected_line(check):
    """What a batch line must say, from `check --format json` of the same profile."""
    by = {"applies": [], "applies_from": [], "unknown": [], "exempt": [], "revoked": []}
    for inst in check["instruments"]:
        for p in inst["provisions"]:
            st = p["status"]
            if st == "applies":
                by[st].append(p["id"])
            elif st in ("applies_from", "revoked"):
                by[st].append({"id": p["id"], "date": p["date"]})
                if st == "applies_from" and p["deciding_fields"]:  # applies later, if ...
                    by[st][-1]["deciding_fields"] = p["deciding_fields"]
            elif st == "unknown":
                by[st].append({"id": p["id"], "deciding_fields": p["deciding_fields"]})
            elif st == "exempt":
                by[st].append({"id": p["id"], "exempted_by": (p["exempted_by"] or {}).get("id")})
    by["summary"] = check["summary"]
    by["conflicts"] = [{"prohibition": c["prohibition"], "obligation": c["obligation"], "certain": c["certain"]}
                       for c in check["conflicts"]]
    by["id"] = check["profile"]["id"]
    by["date"] = check["profile"]["date"]
    return by


def expected_lean(check):
    """What a default (lean) batch line must say: the summary, the banned practices, and the
    binding provisions that apply now, later and are undecided, with the questions that
    decide the undecided ones (binding unknown, and binding later only if answered so)."""
    by = {"banned": [], "binding_applies": [], "binding_applies_from": [], "binding_unknown": []}
    decides = {}
    for inst in check["instruments"]:
        for p in inst["provisions"]:
            st, binding = p["status"], p["binding"] == "binding"
            if st == "applies" and p["kind"] == "prohibited_practice":
                by["banned"].append(p["id"])
            if not binding:
                continue
            if st == "applies":
                by["binding_applies"].append(p["id"])
            elif st == "applies_from":
                by["binding_applies_from"].append({"id": p["id"], "date": p["date"]})
                if p["deciding_fields"]:
                    by["binding_applies_from"][-1]["conditional"] = True
            elif st == "unknown":
                by["binding_unknown"].append(p["id"])
            if st == "unknown" or (st == "applies_from" and p["deciding_fields"]):
                for f in p["deciding_fields"]:
                    decides[f] = decides.get(f, 0) + 1
    by["summary"] = check["summary"]
    by["conflicts"] = [{"prohibition": c["prohibition"], "obligation": c["obligation"], "certain": c["certain"]}
                       for c in check["conflicts"]]
    by["id"] = check["profile"]["id"]
    by["date"] = check["profile"]["date"]
    return by, decides


def same_as_check(aigov, tmp):
    exs = examples()
    ok(len(exs) >= 8, "at least 8 example profiles")
    f = tmp / "examples.jsonl"
    f.write_text(jsonl_of(exs))
    for date, lean in ((None, True), (None, False), ("2025-01-01", True), ("2027-09-01", False)):
        extra = ["--date", date] if date else []
        rc, out, err = run(aigov, "check", "--batch", str(f), *extra, *([] if lean else ["--all"]))
        ok(rc == 0, "batch of the examples exits 0 (date %s): %s" % (date, err[-500:]))
        lines = out.splitlines()
        ok(len(lines) == len(exs), "one output line per profile (date %s)" % date)
        for i, (ex, line) in enumerate(zip(exs, lines)):
            got = json.loads(line)
            rc2, out2, err2 = run(aigov, "check", str(ex), "--format", "json", *extra)
            ok(rc2 == 0, "check %s exits 0" % ex.name)
            if lean:
                want, decides = expected_lean(json.loads(out2))
                qs = got.get("questions", [])
                ok({q["field"]: q["decides_binding"] for q in qs} == decides,
                   "%s (date %s): the lean line's questions count what they decide: %s vs %s" % (
                       ex.name, date, json.dumps(qs)[:300], json.dumps(decides)[:300]))
                ok([q["decides_binding"] for q in qs] == sorted((q["decides_binding"] for q in qs), reverse=True),
                   "%s: the most deciding question first" % ex.name)
                ok(not any(k in got for k in ("applies", "unknown", "exempt", "revoked")),
                   "%s: the lean line has no voluntary or full lists" % ex.name)
            else:
                want = expected_line(json.loads(out2))
                ok("not_applicable" in got, "%s: --all lists not_applicable" % ex.name)
            ok(got["line"] == i + 1, "%s: line number %d" % (ex.name, i + 1))
            for key, val in want.items():
                ok(got.get(key) == val, "%s (date %s): batch %s differs from check: %s vs %s" % (
                    ex.name, date, key, json.dumps(got.get(key))[:300], json.dumps(val)[:300]))
    # --role overrides the roles.
    ex = exs[0]
    rc, out, _ = run(aigov, "check", "--batch", str(f), "--role", "deployer")
    rc2, out2, _ = run(aigov, "check", str(ex), "--format", "json", "--role", "deployer")
    ok(rc == 0 and json.loads(out.splitlines()[0])["summary"] == json.loads(out2)["summary"], "--role as in check")
    rc, _, err = run(aigov, "check", "--batch", str(f), "--role", "deployr")
    ok(rc == 2 and "unknown role 'deployr' (did you mean 'deployer'?)" in err, "bad --role: " + err)


def order_and_jobs(aigov, tmp):
    exs = examples()
    base = [json.loads(p.read_text()) for p in exs]
    lines = []
    for i in range(3000):
        o = dict(base[i % len(base)])
        o["id"] = "sys-%d" % i
        lines.append(json.dumps(o))
    f = tmp / "many.jsonl"
    f.write_text("\n".join(lines) + "\n")
    outs = {}
    for jobs in ("1", "2", "3"):
        rc, out, err = run(aigov, "check", "--batch", str(f), "--jobs", jobs)
        ok(rc == 0, "--jobs %s exits 0: %s" % (jobs, err[-300:]))
        outs[jobs] = out
        ids = [json.loads(l)["id"] for l in out.splitlines()]
        ok(ids == ["sys-%d" % i for i in range(3000)], "--jobs %s: input order" % jobs)
        ok(err == "", "--jobs %s: nothing on stderr on a pipe (no progress bar)" % jobs)
    ok(outs["1"] == outs["2"] == outs["3"], "output identical whatever --jobs")
    rc, out, _ = run(aigov, "check", "--batch", "-", "--jobs", "2", stdin=f.read_bytes())
    ok(rc == 0 and out == outs["1"], "--batch - reads stdin")
    rc, out, _ = run(aigov, "check", "--batch", "-", stdin=b"")
    ok(rc == 0 and out == "", "empty input: no output, exit 0")


def bad_lines(aigov, tmp):
    exs = examples()
    good = [json.dumps(json.loads(p.read_text())) for p in exs[:4]]
    text = "\n".join([good[0], good[1], '{"id": "x", "markets": ["XX"]}', "{bad", good[2], "", "  ", good[3]]) + "\n"
    f = tmp / "bad.jsonl"
    f.write_text(text)
    rc, out, err = run(aigov, "check", "--batch", str(f), "--jobs", "2")
    ok(rc == 2, "a bad line exits 2")
    ok(len(out.splitlines()) == 2 and [json.loads(l)["line"] for l in out.splitlines()] == [1, 2],
       "the lines before the bad one are written, none after: " + out[:200])
    ok("%s:3: error: $.markets[0]: unknown region 'XX'" % f in err, "bad line named with file:line and path: " + err)
    ok("bad.jsonl:4" not in err, "the run stops at the first bad line")
    rc, out, err = run(aigov, "check", "--batch", str(f), "--keep-going")
    ok(rc == 2, "--keep-going still exits 2 when a line was bad")
    recs = [json.loads(l) for l in out.splitlines()]
    ok([r["line"] for r in recs] == [1, 2, 3, 4, 5, 8], "--keep-going: every line, blank ones skipped, numbers kept: %s"
       % [r["line"] for r in recs])
    ok("errors" in recs[2] and recs[2]["errors"][0]["json_path"] == "$.markets[0]", "error record for line 3")
    ok("errors" in recs[3] and recs[3]["errors"][0]["line"] == 4 and recs[3]["errors"][0]["col"] >= 1,
       "syntax error record with line and column")
    ok("%s:4:4: error: invalid JSON" % f in err and "    4 | {bad" in err, "syntax error shown with caret: " + err)
    ok("summary" in recs[4] and "summary" in recs[5], "lines after bad ones are checked")
    # CRLF line endings.
    f2 = tmp / "crlf.jsonl"
    f2.write_bytes(("\r\n".join(good[:2]) + "\r\n").encode())
    rc, out, err = run(aigov, "check", "--batch", str(f2))
    ok(rc == 0 and len(out.splitlines()) == 2, "CRLF lines: " + err[-300:])
    # A line over the limit is an error for that line, not a crash or a huge allocation.
    f3 = tmp / "long.jsonl"
    with open(f3, "w") as fh:
        fh.write(good[0] + "\n")
        fh.write('{"id": "' + "x" * (9 << 20) + '"}\n')
        fh.write(good[1] + "\n")
    rc, out, err = run(aigov, "check", "--batch", str(f3), "--keep-going")
    ok(rc == 2 and "long.jsonl:2: error: line is longer than the limit of 8388608 bytes" in err, "long line: " + err[:300])
    ok([json.loads(l)["line"] for l in out.splitlines()] == [1, 2, 3], "long line reported, the others checked")
    # Not an object, a JSON array, a number.
    rc, out, err = run(aigov, "check", "--batch", "-", stdin=b"[1, 2]\n")
    ok(rc == 2 and "<stdin>:1: error: $: expected a profile object, found an array" in err, "array line: " + err)


def usage(aigov, tmp):
    f = tmp / "one.jsonl"
    f.write_text(json.dumps(json.loads(examples()[0].read_text())) + "\n")
    for args, msg in ((["--jobs", "0"], "invalid --jobs '0'"), (["--jobs", "x"], "invalid --jobs 'x'"),
                      (["--format", "text"], "--format 'text' is not supported"),
                      (["--fail-on", "binding"], "--fail-on is not supported with --batch"),
                      (["extra.json"], "extra argument 'extra.json'")):
        rc, _, err = run(aigov, "check", "--batch", str(f), *args)
        ok(rc == 2 and msg in err, "usage error %s: %s" % (args, err))
    rc, _, err = run(aigov, "check", "--batch", str(tmp / "missing.jsonl"))
    ok(rc == 2 and "missing.jsonl: error: cannot open" in err, "missing file: " + err)
    rc, _, err = run(aigov, "check", "--batch", str(tmp))
    ok(rc == 2 and "is a directory" in err, "directory: " + err)
    rc, out, _ = run(aigov, "help", "check")
    ok(rc == 0 and "--batch" in out and "--keep-going" in out, "help check documents --batch")


def progress_bar(aigov, tmp):
    """stderr on a terminal (a pty), stdout to a file: a progress bar, ending at 100%."""
    import pty
    line = json.dumps(json.loads(examples()[0].read_text())) + "\n"
    f = tmp / "progress.jsonl"
    f.write_text(line * 2000)
    master, slave = pty.openpty()
    with open(tmp / "progress.out", "wb") as out:
        p = subprocess.Popen([aigov, "check", "--batch", str(f)], cwd=ROOT, stdout=out, stderr=slave)
        os.close(slave)
        seen = b""
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        p.wait()
    os.close(master)
    text = seen.decode("utf-8", "replace")
    ok(p.returncode == 0, "progress run exits 0")
    ok("100%" in text and "2000 profiles" in text and "[###" in text, "progress bar on a terminal: %r" % text[-200:])
    ok(len((tmp / "progress.out").read_text().splitlines()) == 2000, "output complete with a progress bar")


def constant_memory(aigov, tmp):
    """Peak memory with 8x more input stays about the same (the pipeline is bounded)."""
    line = json.dumps(json.loads(examples()[0].read_text())) + "\n"
    rss = []
    for n in (1500, 12000):
        f = tmp / ("mem-%d.jsonl" % n)
        f.write_text(line * n)
        with open(os.devnull, "wb") as null:
            # Under AddressSanitizer freed memory waits in a quarantine: turn it off, or RSS
            # would grow with the churn, not with what the program holds.
            env = dict(os.environ, ASAN_OPTIONS="quarantine_size_mb=0:thread_local_quarantine_size_kb=0")
            p = subprocess.Popen([aigov, "check", "--batch", str(f), "--jobs", "2"], cwd=ROOT, stdout=null,
                                 stderr=subprocess.PIPE, env=env)
            _, status, ru = os.wait4(p.pid, 0)
            p.stderr.close()
        ok(os.waitstatus_to_exitcode(status) == 0, "memory run %d exits 0" % n)
        rss.append(ru.ru_maxrss)
    ok(rss[1] < rss[0] * 1.5 + 16384, "peak memory flat: %d KiB for 1500 lines, %d KiB for 12000" % tuple(rss))


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    aigov = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as d:
        tmp = pathlib.Path(d)
        same_as_check(aigov, tmp)
        order_and_jobs(aigov, tmp)
        bad_lines(aigov, tmp)
        usage(aigov, tmp)
        progress_bar(aigov, tmp)
        constant_memory(aigov, tmp)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
