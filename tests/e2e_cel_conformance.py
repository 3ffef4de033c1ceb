#!/usr/bin/env python3
"""e2e_cel_conformance.py — runs CEL's own conformance cases through `aigov eval`.

Usage (from the repository root):  python3 tests/e2e_cel_conformance.py PATH_TO_AIGOV

The cases live in tests/conformance/cel.json (163 cases from google/cel-spec; provenance in
tests/conformance/README.md).
A value case passes when `aigov eval --format json EXPR` exits 0 and the "value" of its
JSON output equals the expected value (numbers by value, lists element-wise, no bool/number
confusion). An error case passes when the command exits 2 (a compile-time type error).
Prints each failure, then "N passed, N failed"; exits non-zero on any failure.
"""
import json
import math
import os
import subprocess
import sys


def same(got, want):
    """CEL equality of JSON-decoded values: 3 == 3.0, but true is not 1."""
    if isinstance(want, bool) or isinstance(got, bool):
        return isinstance(want, bool) and isinstance(got, bool) and got == want
    if isinstance(want, (int, float)):
        if not isinstance(got, (int, float)):
            return False
        return not math.isnan(got) and float(got) == float(want)
    if isinstance(want, list):
        return isinstance(got, list) and len(got) == len(want) and all(same(g, w) for g, w in zip(got, want))
    return type(got) is type(want) and got == want


def main():
    if len(sys.argv) != 2:
        print("usage: python3 tests/e2e_cel_conformance.py PATH_TO_AIGOV", file=sys.stderr)
        return 2
    aigov = sys.argv[1]
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    cases_path = os.path.join(repo, "tests", "conformance", "cel.json")
    if not os.path.isfile(cases_path):
        print(f"cannot find the conformance cases: {cases_path} does not exist", file=sys.stderr)
        print("0 passed, 1 failed")
        return 1
    with open(cases_path, encoding="utf-8") as f:
        cases = json.load(f)["cases"]

    passed = failed = 0
    for c in cases:
        expr, expect = c["expr"], c["expect"]
        label = f'{c.get("file", "?")}/{c.get("section", "?")}/{c.get("name", "?")}'
        try:
            r = subprocess.run([aigov, "eval", "--format", "json", expr], capture_output=True,
                               timeout=30)
        except (OSError, subprocess.TimeoutExpired) as e:
            failed += 1
            print(f"FAIL {label}: {expr!r}: cannot run {aigov}: {e}")
            continue
        stdout = r.stdout.decode("utf-8", "replace")
        stderr = r.stderr.decode("utf-8", "replace").strip()
        problem = None
        if "error" in expect:
            if r.returncode != 2:
                problem = f"expected an error (exit 2), got exit {r.returncode}: {stdout.strip()[:200]}"
        elif r.returncode != 0:
            problem = f"expected {json.dumps(expect['value'])}, got exit {r.returncode}: {stderr[:300]}"
        else:
            try:
                out = json.loads(stdout)
                if not isinstance(out, dict) or "value" not in out:
                    problem = f"output has no \"value\": {stdout.strip()[:200]}"
                elif not same(out["value"], expect["value"]):
                    problem = (f"expected {json.dumps(expect['value'], ensure_ascii=False)}, "
                               f"got {json.dumps(out['value'], ensure_ascii=False)}")
            except json.JSONDecodeError as e:
                problem = f"output is not JSON ({e}): {stdout.strip()[:200]}"
        if problem:
            failed += 1
            print(f"FAIL {label}: {expr!r}: {problem}")
        else:
            passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
