#!/usr/bin/env python3
"""One truth in every view: for every example profile, the figures a check leads with
(aigov_result_headline) are the same in
- the CLI's text summary line and headings (`aigov check`),
- the check JSON's "headline" (`aigov check --format json`), and its provisions counted
  by hand (a duty is an obligation, a prohibition or a prohibited practice of a binding
  instrument: a permission or a recommendation is never an obligation),
- the service's POST /v1/check,
- the registry's compliance of the system filed from the profile.
The web page's chips are compared with the same figures in e2e_web.py.

Usage: e2e_counts.py PATH_TO_AIGOV"""
import json
import pathlib
import re
import sys
import tempfile

from e2elib import ROOT, ok, run, finish
import serverlib

aigov = sys.argv[1]
DATE = "2026-11-28"
DUTY = {"obligation", "prohibition", "prohibited_practice"}


def by_hand(doc):
    """The headline's figures counted from the provisions of the check JSON."""
    h = dict(banned=0, obligations_now=0, obligations_later=0, other_now=0, voluntary=0, contractual=0)
    for i in doc["instruments"]:
        for p in i["provisions"]:
            if i["binding"] != "binding":
                if p["status"] == "applies":
                    h[i["binding"]] += 1
                continue
            if p["status"] == "applies":
                key = "banned" if p["kind"] == "prohibited_practice" else "obligations_now" if p["kind"] in DUTY else "other_now"
                h[key] += 1
            elif p["status"] == "applies_from" and p["kind"] in DUTY and p["kind"] != "prohibited_practice" and not p.get("questions"):
                h["obligations_later"] += 1
    return h


def from_text(text):
    """The figures of the text report's summary line and headings."""
    summary = re.search(r"^Summary: (.*?\.)\n(?=\n|\S)", text, re.S | re.M)
    line = re.sub(r"\s+", " ", summary.group(1)) if summary else ""
    g = lambda pat: int(m.group(1)) if (m := re.search(pat, line)) else 0  # noqa: E731
    head = lambda pat: int(m.group(1)) if (m := re.search(pat, text, re.M)) else 0  # noqa: E731
    return line, {
        "banned": g(r"BANNED: (\d+) prohibited practice"),
        "obligations_now": g(r"(\d+) binding obligations? appl(?:y|ies) now"),
        "obligations_later": g(r"now, (\d+) (?:from|later)"),
        "questions": g(r"(\d+) questions? decides? \d+ more"),
        "undecided": g(r"questions? decides? (\d+) more"),
        "voluntary": g(r"(\d+) voluntary recommendations?"),
        "heading_now": head(r"^BINDING OBLIGATIONS THAT APPLY NOW \((\d+)\)"),
        "heading_banned": head(r"^BANNED PRACTICES \((\d+)\)"),
    }


tmp = pathlib.Path(tempfile.mkdtemp(prefix="aigov-counts-"))
srv = serverlib.Server(aigov, tmp / "reg.db", "--date", DATE)
tok = None
try:
    st, doc, raw, _ = srv.request("POST", "/v1/organisations", {"id": "count-lab", "name": "Count Lab", "kind": "company",
                                                               "established": "US"}, token=srv.operator_token)
    # 'established' is the deprecated name of established_in: still accepted, answered by the one name.
    ok(st == 201 and doc.get("established_in") == "US" and "established" not in doc,
       f"organisation registered with the deprecated 'established', answered as established_in ({st} {raw[:200]!r})")
    st, doc, raw, _ = srv.request("POST", "/v1/tokens", {"holder": "count-lab"}, token=srv.operator_token)
    tok = doc.get("token") if doc else None
    ok(tok, f"its token ({st} {raw[:200]!r})")
    examples = sorted((ROOT / "examples").glob("*.json"))
    ok(len(examples) >= 40, f"examples: {len(examples)}")
    compared = 0
    for ex in examples:
        rel = str(ex.relative_to(ROOT))
        prof = json.loads(ex.read_text())
        date = [] if prof.get("date") else ["--date", DATE]
        rc, js, err = run(aigov, "check", rel, "--format", "json", *date)
        ok(rc in (0, 1), f"{rel}: check --format json ({rc}, {err[:200]})")
        if rc not in (0, 1):
            continue
        doc = json.loads(js)
        h = doc.get("headline") or {}
        hand = by_hand(doc)
        ok(all(h.get(k) == v for k, v in hand.items()), f"{rel}: the JSON headline is its provisions counted by hand: {h} / {hand}")
        rc, text, err = run(aigov, "check", rel, *date)
        line, t = from_text(text)
        for k in ("banned", "obligations_now", "obligations_later", "questions", "undecided", "voluntary"):
            ok(t[k] == h.get(k), f"{rel}: the text summary says {k} {t[k]}, the JSON {h.get(k)}: {line}")
        ok(t["heading_now"] == h.get("obligations_now"), f"{rel}: the 'apply now' heading says {t['heading_now']}, the JSON {h.get('obligations_now')}")
        ok(t["heading_banned"] == h.get("banned"), f"{rel}: the banned heading says {t['heading_banned']}, the JSON {h.get('banned')}")
        q = "" if prof.get("date") else f"?date={DATE}"
        st, sdoc, raw, _ = srv.request("POST", "/v1/check" + q, body=ex.read_text())
        ok(st == 200 and sdoc.get("headline") == h, f"{rel}: POST /v1/check's headline is the CLI's ({st})")
        # The registry: filed without evidence, every binding obligation that applies now is unmet.
        if prof.get("date"):  # the registry decides on its own date: the CLI's answer on that date
            rc, js, err = run(aigov, "check", rel, "--format", "json", "--date", DATE)
            h = json.loads(js).get("headline") or {} if rc in (0, 1) else {}
        st, fdoc, raw, _ = srv.request("PUT", f"/v1/systems/{prof['id']}", body=ex.read_text(), token=tok)
        ok(st in (200, 201), f"{rel}: filed ({st} {raw[:200]!r})")
        if st not in (200, 201):
            continue
        c = fdoc["compliance"]
        ok(c.get("headline") == h, f"{rel}: the registry's compliance carries the check's headline")
        ok(c["binding"]["met"] + c["binding"]["unmet"] == h["obligations_now"] and c["banned"] == h["banned"],
           f"{rel}: the registry counts {c['binding']['met'] + c['binding']['unmet']} binding obligations now and {c['banned']} banned, "
           f"the check {h['obligations_now']} and {h['banned']}")
        compared += 1
    ok(compared >= 30, f"examples compared with the registry: {compared}")
finally:
    rc, err = srv.stop()
ok(rc == 0, f"server stopped cleanly ({rc}, {err[-300:]})")
sys.exit(finish())
