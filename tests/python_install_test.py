#!/usr/bin/env python3
"""python_install_test.py — the Python package installs and reproduces `aigov check`.

As a user would: `cmake --install BUILD --prefix TMP` (what `make install PREFIX=TMP` does
after building), a new virtual environment (python3 -m venv), `pip install ./python` in it
offline (--no-index: first with pip's build isolation, then again with
--no-build-isolation), and a five-line script run in that environment, from a folder
outside the source tree, that finds libaigov.so through pkg-config (PKG_CONFIG_PATH =
TMP/lib/pkgconfig, nothing else) and prints each example's counts; they must be the
`summary` and `undecided_binding` of the installed `aigov check --format json`.

Usage: python3 tests/python_install_test.py BUILD_DIR   (ctest runs it as `python_install`)
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2elib import ROOT, finish, ok  # noqa: E402

SCRIPT = """\
import aigov, dataclasses, glob, json, sys
for path in sorted(glob.glob(sys.argv[1] + "/*.json")):
    r = aigov.check(path)
    print(json.dumps({"source": path, "summary": dataclasses.asdict(r.summary), "undecided_binding": r.undecided_binding}))
print(aigov.library_path(), file=sys.stderr)
"""


def sh(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, timeout=600, **kw)


def main():
    build = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as tmp:
        prefix = os.path.join(tmp, "prefix")
        p = sh(["cmake", "--install", build, "--prefix", prefix])
        ok(p.returncode == 0, f"cmake --install --prefix: {p.stderr[-500:]}")
        venv = os.path.join(tmp, "venv")
        p = sh([sys.executable, "-m", "venv", venv])
        ok(p.returncode == 0, f"python3 -m venv: {p.stderr[-500:]}")
        py = os.path.join(venv, "bin", "python")
        env = {k: v for k, v in os.environ.items() if k not in ("AIGOV_LIB", "PYTHONPATH", "PIP_FIND_LINKS")}
        env["PIP_NO_INDEX"] = "1"
        env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
        for extra in ([], ["--no-build-isolation", "--force-reinstall"]):
            p = sh([py, "-m", "pip", "install", "--no-index", *extra, str(ROOT / "python")], env=env, cwd=tmp)
            ok(p.returncode == 0 and "Successfully installed aigov" in p.stdout,
               f"pip install {' '.join(extra)} ./python: {p.stdout[-400:]} {p.stderr[-800:]}")
        script = os.path.join(tmp, "counts.py")
        with open(script, "w") as f:
            f.write(SCRIPT)
        ok(len(SCRIPT.strip().splitlines()) == 5, "the script is five lines")
        env["PKG_CONFIG_PATH"] = os.path.join(prefix, "lib", "pkgconfig")
        env["LD_LIBRARY_PATH"] = ""
        examples = str(ROOT / "examples")
        p = sh([py, script, examples], env=env, cwd=tmp)
        ok(p.returncode == 0, f"the script runs: {p.stderr[-800:]}")
        ok(p.stderr.strip().startswith(prefix), f"the package loads the installed library: {p.stderr.strip()}")
        mine = [json.loads(line) for line in p.stdout.splitlines()]
        paths = sorted(glob.glob(os.path.join(examples, "*.json")))
        ok(len(mine) == len(paths) and len(paths) > 30, f"{len(mine)} examples checked")
        q = sh([os.path.join(prefix, "bin", "aigov"), "check", *paths, "--format", "json"], cwd=tmp)
        ok(q.returncode == 0, f"installed aigov check: {q.stderr[-300:]}")
        theirs = json.loads(q.stdout)["results"] if q.returncode == 0 else []
        for m, t in zip(mine, theirs):
            ok(m["summary"] == t["summary"] and m["undecided_binding"] == t["undecided_binding"],
               f"{os.path.basename(m['source'])}: {m['summary']} != {t['summary']}")
    return finish()


if __name__ == "__main__":
    sys.exit(main())
