#!/usr/bin/env python3
"""Golden tests: every examples/NAME.json checked with the built-in corpus must give
exactly tests/golden/NAME.json (`aigov check --format json`). A difference is a failure
shown as a unified diff. Run with --update to rewrite the golden files after a reviewed
change of the corpus or the engine: it refuses a profile whose check fails or writes to
stderr, and prints each provision whose status or date changes, for the review.

Also checks dates on both sides of every application date: for each example and each
date D at which one of its provisions starts to apply (or an amendment takes effect),
the check on D-1 and on D must differ exactly as the dates say.

Usage: e2e_golden.py PATH_TO_AIGOV [--update]"""
import datetime
import difflib
import json
import sys

from e2elib import ROOT, ok, finish
import e2elib


run = e2elib.run


def golden(aigov, update):
    examples = sorted((ROOT / "examples").glob("*.json"))
    ok(len(examples) >= 8, "at least 8 example profiles")
    for ex in examples:
        rel = ex.relative_to(ROOT)
        rc, out, err = run(aigov, "check", str(rel), "--format", "json")
        gold = ROOT / "tests" / "golden" / (ex.stem + ".json")
        if update:
            # A golden is the reviewed answer: never written from a run that failed or
            # complained, and every change of status is printed for the review.
            if rc != 0 or err or not out.strip():
                ok(False, f"{rel}: --update refused: exit {rc}, stderr {err.strip()[:400]!r}")
                continue
            old = json.loads(gold.read_text()) if gold.exists() else {"instruments": []}
            was = {p["id"]: (p["status"], p.get("date")) for i in old.get("instruments", []) for p in i["provisions"]}
            now = {p["id"]: (p["status"], p.get("date")) for i in json.loads(out)["instruments"] for p in i["provisions"]}
            for pid in sorted(set(was) | set(now)):
                if was.get(pid) != now.get(pid):
                    fmt = lambda v: "absent" if v is None else v[0] + (f" {v[1]}" if v[1] else "")  # noqa: E731
                    print(f"  {ex.stem}: {pid}: {fmt(was.get(pid))} -> {fmt(now.get(pid))}")
            gold.parent.mkdir(exist_ok=True)
            gold.write_text(out)
            ok(gold.read_text() == out, f"{rel}: written")
            print("updated", gold.relative_to(ROOT))
            continue
        ok(rc == 0, f"{rel}: exit {rc}: {err}")
        if not gold.exists():
            ok(False, f"{rel}: no golden file {gold.relative_to(ROOT)} (run with --update after review)")
            continue
        want = gold.read_text()
        diff = "" if out == want else "".join(difflib.unified_diff(want.splitlines(True), out.splitlines(True),
                                                                   str(gold.relative_to(ROOT)), "aigov output", n=2))
        ok(out == want, f"{rel}: output differs from golden:\n{diff[:4000]}")


def statuses(aigov, rel, date):
    rc, out, err = run(aigov, "check", rel, "--format", "json", "--date", date)
    if rc != 0:
        return None
    d = json.loads(out)
    # An applies_from with deciding fields applies later only if they are answered so
    # ("applies later, if ..."): on its date it is unknown, not applies; it is kept apart.
    return {p["id"]: ("applies_from_if" if p["status"] == "applies_from" and p["deciding_fields"] else p["status"],
                      p["date"], tuple((a["instrument"], a["from"]) for a in p["provenance"]["amended_by"]))
            for i in d["instruments"] for p in i["provisions"]}


def date_boundaries(aigov):
    """For every date at which something changes for an example, D-1 and D differ as they should.
    An instrument not yet adopted the day before does not appear at all on that day."""
    listed = json.loads(run(aigov, "corpus", "list", "--format", "json")[1] or "{}")
    adopted = {i["id"]: i.get("adopted") for i in listed.get("instruments", [])}
    for ex in sorted((ROOT / "examples").glob("*.json")):
        rel = str(ex.relative_to(ROOT))
        # The dates that matter: provisions' application dates (seen far in the future,
        # where every amendment already applies, and far in the past).
        dates = set()
        for probe in ("2016-01-01", "2024-08-01", "2026-07-26", "2026-07-27", "2030-01-01"):
            st = statuses(aigov, rel, probe)
            if st is None:
                ok(False, f"{rel}: check failed at {probe}")
                continue
            for s, d, _ in st.values():
                if d:
                    dates.add(d)
        shown = json.loads(run(aigov, "corpus", "show", "eu-digital-omnibus-ai", "--format", "json")[1] or "{}")
        if shown.get("in_force"):
            dates.add(shown["in_force"])
        for d in sorted(dates):
            day = datetime.date.fromisoformat(d)
            before = (day - datetime.timedelta(days=1)).isoformat()
            a, b = statuses(aigov, rel, before), statuses(aigov, rel, d)
            if a is None or b is None:
                continue
            for pid, (s, pd, am) in b.items():
                if pd == d and s == "applies":
                    # It starts applying on D: the day before it is applies_from D (unless the
                    # amendment moving its date only takes effect on D itself).
                    sb = a.get(pid)
                    not_adopted = sb is None and adopted.get(pid.split("/")[0]) == d
                    # A provision inserted by an amendment taking effect on D did not exist before.
                    inserted = sb is None and any(f == d for _, f in am)
                    ok(not_adopted or inserted or sb is not None and sb[0] in ("applies_from",) and sb[1] == d or (sb and sb[2] != am),
                       f"{rel}: {pid} applies from {d} but on {before} is {sb}")
                if s == "revoked" and pd == d:
                    sb = a.get(pid)
                    ok(sb is not None and sb[0] != "revoked", f"{rel}: {pid} revoked on {d} but already on {before}")
            for pid, (s, pd, am) in a.items():
                if s == "applies_from" and pd == d and pid in b and b[pid][2] == am:
                    ok(b[pid][0] == "applies", f"{rel}: {pid} should apply on {d}, is {b[pid]}")


def main():
    aigov = sys.argv[1]
    update = "--update" in sys.argv
    golden(aigov, update)
    if not update:
        date_boundaries(aigov)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
