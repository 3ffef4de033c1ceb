"""e2elib.py — what the end-to-end tests share: the repository root, running aigov as a
real process, and counting checks so that each test ends with the line CTest and CI read,
'N passed, N failed'. Not a test itself (CMake runs tests/e2e_*.py)."""
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
_counts = {"passed": 0, "failed": 0}


def run(aigov, *args, cwd=ROOT, stdin=None, timeout=60):
    """Runs `aigov ARGS...` (no shell); returns (exit code, stdout, stderr)."""
    p = subprocess.run([aigov, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout, input=stdin)
    return p.returncode, p.stdout, p.stderr


def ok(cond, msg):
    """Counts one check; prints msg when it failed."""
    if cond:
        _counts["passed"] += 1
    else:
        _counts["failed"] += 1
        print("FAIL:", msg)


def failed():
    return _counts["failed"]


def finish():
    """Prints the closing line and returns the exit code (1 when anything failed, or when
    no check ran: a test that checked nothing tested nothing)."""
    print(f"{_counts['passed']} passed, {_counts['failed']} failed")
    if not _counts["passed"] and not _counts["failed"]:
        print("FAIL: no check ran")
        return 1
    return 1 if _counts["failed"] else 0
