"""Tests of the Python package over the library built in this tree (ctest sets AIGOV_LIB to
build/libaigov.so and AIGOV_BIN to build/aigov; run alone, the package finds build/)."""
import glob
import json
import os
import subprocess
import sys
import threading

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "python"))
import aigov  # noqa: E402

EX = os.path.join(ROOT, "examples")
CV = os.path.join(EX, "cv-screener-us-to-eu.json")
AIGOV_BIN = os.environ.get("AIGOV_BIN", os.path.join(ROOT, "build", "aigov"))


def cli(*args):
    p = subprocess.run([AIGOV_BIN, *args], capture_output=True, text=True, cwd=ROOT, timeout=120)
    return p.returncode, p.stdout, p.stderr


def test_check_is_the_cli_json():
    for name in ("cv-screener-us-to-eu", "emotion-recognition-work", "frontier-open-3e25"):
        path = os.path.join("examples", name + ".json")
        rc, out, _ = cli("check", path, "--format", "json")
        assert rc == 0
        here = os.getcwd()
        try:
            os.chdir(ROOT)
            mine = aigov.corpus().check_json(path)
        finally:
            os.chdir(here)
        assert json.loads(mine) == json.loads(out)


def test_profile_as_dict_path_or_string():
    with open(CV) as f:
        text = f.read()
    a = aigov.check(CV)
    b = aigov.check(json.loads(text))
    c = aigov.check(text)
    assert a.summary == b.summary == c.summary
    assert a.profile["source"] == CV and b.profile["source"] == "<dict>"


def test_dataclasses():
    r = aigov.check(CV)
    assert isinstance(r.summary, aigov.Summary) and r.summary.binding_applies >= 1
    art4 = next(p for p in r.provisions if p.id == "eu-ai-act/art4-ai-literacy")
    assert art4.status == "applies" and art4.article == "Art. 4" and art4.date == "2025-02-02"
    assert art4.binding == "binding" and art4.jurisdiction == "EU" and "eur-lex" in art4.citation
    assert r.binding_now() and all(p.applies_now for p in r.binding_now())
    q1 = r.questions[0]
    assert q1.number == "Q1" and q1.field == "provider.established_in" and q1.current == "US"
    undecided = [p for p in r.provisions if p.status == "unknown"]
    assert undecided and all(p.questions and p.deciding_fields for p in undecided)
    assert {i.id for i in r.instruments} >= {"eu-ai-act"} and r.summary.instruments == len(r.instruments)


def test_date_and_roles():
    early = aigov.check(CV, date="2024-01-01")
    assert early.profile["date"] == "2024-01-01" and early.summary.binding_applies == 0
    dep = aigov.check(CV, roles=["deployer"])
    assert dep.profile["roles"] == ["deployer"]
    assert aigov.check(CV, roles="deployer").summary == dep.summary


def test_errors_carry_file_line_col_and_suggestions():
    with pytest.raises(aigov.AigovError) as e:
        aigov.check({"purposes": ["cv_screeing"]})
    assert e.value.status == "invalid" and "did you mean 'cv_screening'?" in str(e.value)
    assert e.value.diagnostics[0].json_path == "$.purposes[0]"
    with pytest.raises(aigov.AigovError) as e:
        aigov.check('{\n  "id": "x",\n}')
    d = e.value.diagnostics[0]
    assert e.value.status == "syntax" and (d.line, d.col) == (3, 1) and str(e.value).startswith("<string>:3:1: error:")
    with pytest.raises(aigov.AigovError) as e:
        aigov.check(CV, date="2026-02-30")
    assert "--date" in str(e.value)
    with pytest.raises(aigov.AigovError) as e:
        aigov.check(CV, roles="provder")
    assert "provider" in str(e.value)
    with pytest.raises(aigov.AigovError) as e:
        aigov.gaps(date="yesterday")
    assert e.value.status == "usage" and "date" in str(e.value)
    with pytest.raises(aigov.AigovError) as e:
        aigov.corpus().show("eu-ai-acts")
    assert "eu-ai-act" in str(e.value)
    with pytest.raises(FileNotFoundError):
        aigov.check("no/such/profile.json")
    with pytest.raises(TypeError):
        aigov.check(42)


def test_corpus():
    c = aigov.corpus()
    stats = c.stats()
    assert len(c.instruments) == stats["instruments"] and len(c.provisions) == stats["provisions"]
    assert len(c.actors) == stats["actors"] and len(c.regions) == stats["regions"]
    assert c.show("eu-ai-act")["id"] == "eu-ai-act"
    cat = c.export("oscal-catalog")
    assert cat["catalog"]["metadata"]["oscal-version"] == "1.0.6"
    other = aigov.Corpus(os.path.join(ROOT, "corpus"))
    assert len(other.instruments) == len(c.instruments)
    with pytest.raises(aigov.AigovError):
        aigov.Corpus(os.path.join(ROOT, "examples"))


def test_analyses_and_legitimacy():
    assert "figures" in aigov.map()
    assert "topics" in aigov.gaps(limit="3")
    assert "summary" in aigov.conflicts()
    assert aigov.divergence("oecd-ai-principles")["instrument"] == "oecd-ai-principles"
    w = aigov.whatif(os.path.join(EX, "overlays", "amend-threshold.yaml"), profiles=[os.path.join(EX, "frontier-closed-2e26.json")])
    assert "gaps_closed" in w
    assert "criterion" in aigov.legitimacy("nist")
    assert aigov.legitimacy("nist", format="text").strip()
    assert aigov.map(format="dot").startswith("digraph")


def test_dataframes():
    pd = pytest.importorskip("pandas")
    r = aigov.check(CV)
    df = r.to_dataframe()
    assert isinstance(df, pd.DataFrame) and len(df) == len(r.provisions)
    assert set(df["status"]) <= {"applies", "applies_from", "unknown", "exempt", "revoked", "not_applicable"}
    assert len(aigov.corpus().to_dataframe("provisions")) == aigov.corpus().stats()["provisions"]


def test_repr_html():
    h = aigov.check(CV)._repr_html_()
    assert "<table>" in h and "Art. 4" in h and "Q1" in h


def test_threads_share_a_corpus():
    profiles = sorted(glob.glob(os.path.join(EX, "*.json")))[:12]
    want = [aigov.corpus().summary(p) for p in profiles]
    got, errors = [None] * (4 * len(profiles)), []

    def work(k):
        try:
            for i, p in enumerate(profiles):
                got[k * len(profiles) + i] = aigov.corpus().summary(p)
        except Exception as e:  # noqa: BLE001 — reported below
            errors.append(e)
    ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert not errors and got == want * 4


def rss_kib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


@pytest.mark.skipif("libasan" in os.environ.get("LD_PRELOAD", ""),
                    reason="under AddressSanitizer the RSS holds its quarantine of freed blocks; the C tests check leaks there")
def test_no_leak_over_100000_checks():
    """100,000 checks (parse, decide, counts, free) and 300 full ones (rendered, read into
    dataclasses): the resident set grows by less than 4 MiB after a warm-up, where a leak
    of 64 bytes a check would show as 6 MiB."""
    c = aigov.corpus()
    with open(os.path.join(EX, "research-prototype.json")) as f:
        text = f.read()
    for _ in range(2000):
        c.summary(text)
    for _ in range(30):
        c.check(CV)
    before = rss_kib()
    for _ in range(98000):
        c.summary(text)
    for _ in range(270):
        c.check(CV)
    grown = rss_kib() - before
    assert grown < 4096, f"RSS grew by {grown} KiB over 98,000 checks"


def test_docs_worked_example(capsys):
    """The worked example of docs/python.md runs and prints what the page shows, in shape
    (the figures move with the corpus)."""
    pytest.importorskip("pandas")
    import re
    with open(os.path.join(ROOT, "docs", "python.md")) as f:
        doc = f.read()
    code = doc.split("```python\nimport glob", 1)[1].split("```", 1)[0]
    here = os.getcwd()
    try:
        os.chdir(ROOT)
        exec("import glob" + code, {})
    finally:
        os.chdir(here)
    out = capsys.readouterr().out.splitlines()
    assert re.fullmatch(r"\d+ instruments, \d+ provisions", out[0])
    assert out[1].startswith("banned: [") and "'call-mood'" in out[1]
    assert out[2].split() == ["provision", "systems"] and out[3].strip() == "jurisdiction"
    assert len(out) == 12 and all(re.fullmatch(r"[A-Z-]+\s+\d+\s+\d+", line) for line in out[4:])
