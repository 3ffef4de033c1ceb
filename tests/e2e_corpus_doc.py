#!/usr/bin/env python3
"""docs/corpus.md must carry the counts of the corpus as it is: runs
scripts/gen_corpus_md.py --check, which regenerates the counted sections from
`aigov corpus stats/list` and fails (with the diff) when the document is stale.
Also checks that the generator notices a stale figure.
Usage: e2e_corpus_doc.py PATH_TO_AIGOV"""
import os
import subprocess
import sys
import tempfile

from e2elib import ROOT, ok, finish
AIGOV = os.path.abspath(sys.argv[1])
GEN = [sys.executable, str(ROOT / "scripts" / "gen_corpus_md.py"), AIGOV, "--check"]

p = subprocess.run(GEN, capture_output=True, text=True, cwd=ROOT)
ok(p.returncode == 0, "docs/corpus.md is current with the corpus:\n" + p.stdout[-3000:] + p.stderr)

# A figure edited by hand is caught (on a copy: the source tree is not touched).
text = (ROOT / "docs" / "corpus.md").read_text()
with tempfile.NamedTemporaryFile("w", suffix=".md", delete=False) as f:
    f.write(text.replace("| instruments |", "| instruments | 1 |\n| x |", 1))
p = subprocess.run(GEN + ["--doc", f.name], capture_output=True, text=True, cwd=ROOT)
ok(p.returncode == 1 and "stale" in p.stdout, "a hand-edited count is reported as stale")
os.unlink(f.name)
sys.exit(finish())
