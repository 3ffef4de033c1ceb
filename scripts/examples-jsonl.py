#!/usr/bin/env python3
"""Writes examples/profiles.jsonl: every example profile (examples/*.json, in file-name
order), one compact JSON object a line, for `check --batch` and `--profiles` in the README.
Run it after adding or changing an example; tests/e2e_readme.py fails when the file is stale.

Usage: python3 scripts/examples-jsonl.py   (from the repository root)
"""
import glob
import json
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent
with open(root / "examples" / "profiles.jsonl", "w", encoding="utf-8") as out:
    for path in sorted(glob.glob(str(root / "examples" / "*.json"))):
        with open(path, encoding="utf-8") as f:
            out.write(json.dumps(json.load(f), ensure_ascii=False, separators=(",", ":")) + "\n")
