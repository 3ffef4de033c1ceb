#!/usr/bin/env python3
"""aigov timeline: the dates on which a system's obligations change. Checks that every event
is real (the check on the day before and on the day itself differ as the event says), that
--from/--to bound the events, that the EU AI Act's deferred Annex III date and the omnibus
amendment appear with their reasons, that the SVG is well-formed with one bar per binding
obligation of the JSON, and the errors.

Usage: e2e_timeline.py PATH_TO_AIGOV"""
import datetime
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

from e2elib import ROOT, ok, finish
import e2elib

AIGOV = os.path.abspath(sys.argv[1])


def run(*args):
    return e2elib.run(AIGOV, *args)


def status_on(profile, prov, date):
    rc, out, _ = run("check", profile, "--format", "json", "--date", date)
    for i in json.loads(out)["instruments"]:
        for p in i["provisions"]:
            if p["id"] == prov:
                return p["status"], len(p["provenance"]["amended_by"])
    return None, 0


EX = "examples/cv-screener-us-to-eu.json"
rc, out, err = run("timeline", EX, "--format", "json")
ok(rc == 0, f"timeline json: {rc} {err}")
doc = json.loads(out)
ev = doc["events"]
ok(ev and [e["date"] for e in ev] == sorted(e["date"] for e in ev), "events in date order")
starts = [e for e in ev if e["provision"] == "eu-ai-act/art8-15-requirements-annex-iii" and e["change"] == "starts"]
ok(len(starts) == 1 and starts[0]["date"] == "2027-12-02" and "eu-digital-omnibus-ai" in starts[0]["reason"],
   f"the Annex III requirements start on 2027-12-02 as amended by the omnibus: {starts}")
amended = [e for e in ev if e["change"] == "amended" and e["provision"] == "eu-ai-act/art4-ai-literacy"]
ok(amended and "amended by eu-digital-omnibus-ai" in amended[0]["reason"], "an amendment taking effect is an event")

# Every binding event is real: the day before and the day differ as the event says.
for e in [e for e in ev if e["binding"] == "binding"][:12]:
    d = datetime.date.fromisoformat(e["date"])
    before = status_on(EX, e["provision"], (d - datetime.timedelta(days=1)).isoformat())
    after = status_on(EX, e["provision"], e["date"])
    if e["change"] == "amended":
        ok(after[1] == before[1] + 1, f"{e['date']} {e['provision']}: one more amendment in effect {before} {after}")
    elif e["change"] == "starts":
        ok(after[0] == "applies" and before[0] != "applies", f"{e['date']} {e['provision']}: starts {before} {after}")
    else:
        ok(before != after, f"{e['date']} {e['provision']}: {e['change']} {before} {after}")

# --from / --to bound the events; the text names the dates and reasons.
rc, out, err = run("timeline", EX, "--from", "2026-01-01", "--to", "2027-12-31", "--format", "json")
sub = json.loads(out)["events"]
ok(rc == 0 and sub and all("2026-01-01" <= e["date"] <= "2027-12-31" for e in sub), "--from/--to bound the events")
rc, text, err = run("timeline", EX, "--from", "2026-01-01", "--to", "2027-12-31", "--all")
ok(rc == 0 and "\n2027-12-02\n" in text and "starts    EU AI Act Art. 8-15" in text and "Period: 2026-01-01 to 2027-12-31." in text,
   "text --all: dates, changes and the period")

# The default text: the changes to binding provisions from the profile's date on, in plain
# words, within 100 columns; --all has the rest.
doc = json.loads(run("timeline", EX, "--format", "json")[1])
prof_date = json.loads((ROOT / EX).read_text()).get("date") or doc.get("date")
rc, text, err = run("timeline", EX)
dates = [l for l in text.splitlines() if len(l) == 10 and l[4] == "-" and l[7] == "-"]
want = sorted({e["date"] for e in doc["events"] if e["binding"] == "binding" and e["date"] >= prof_date})
ok(rc == 0 and dates == want, f"default: the dates of binding changes from the profile's date {prof_date}: {dates} / {want}")
ok(all(len(l) <= 100 for l in text.splitlines()), f"default: within 100 columns ({max(len(l) for l in text.splitlines())})")
ok(not any(w in text for w in ("→", "may_start", "does not apply", "oecd-ai-principles", "(voluntary")),
   "default: plain words, no engine words, nothing voluntary")
ok("EU AI Act Art. 8-15; Art. 6(2), Annex III starts to apply" in text, f"default: the change in words: {text[:600]}")
rc, full, err = run("timeline", EX, "--all")
ok(rc == 0 and len(full.splitlines()) > len(text.splitlines()) and "(oecd-ai-principles/" in full, "--all: every change")
rc, md, _ = run("timeline", EX, "--format", "md")
ok(rc == 0 and md.startswith("# Timeline of") and "\n## 2027-12-02\n" in md, "markdown")

# SVG: well-formed, one bar per binding obligation of the JSON.
for ex in ["examples/frontier-closed-2e26.json", "examples/incomplete-hr-tool.json"]:
    rc, svg, err = run("timeline", ex, "--format", "svg")
    rc2, js, _ = run("timeline", ex, "--format", "json")
    bars = json.loads(js)["bars"]
    try:
        root = ET.fromstring(svg)
        rects = [r for r in root.iter("{http://www.w3.org/2000/svg}rect") if r.get("rx") == "3"]
        well = True
    except ET.ParseError as x:
        rects, well = [], False
    ok(rc == 0 and well and len(rects) == len(bars), f"{ex}: svg with one bar per binding obligation ({len(rects)} vs {len(bars)})")
    ok(all(b["provision"].split("/")[0] for b in bars), "bars name their provisions")
rc, js, _ = run("timeline", "examples/incomplete-hr-tool.json", "--format", "json")
ok(any(not b["decided"] for b in json.loads(js)["bars"]), "undecided obligations are drawn as such")

# Errors.
rc, _, err = run("timeline", EX, "--from", "2026-13-01")
ok(rc == 2 and "expected a calendar date" in err, f"bad --from: {rc} {err}")
rc, _, err = run("timeline", EX, "--from", "2027-01-01", "--to", "2026-01-01")
ok(rc == 2 and "is before --from" in err, f"--to before --from: {rc} {err}")
rc, _, err = run("timeline")
ok(rc == 2 and "exactly one PROFILE" in err, f"no profile: {rc} {err}")
rc, _, err = run("timeline", EX, "--format", "dot")
ok(rc == 2 and "unknown format 'dot'" in err, f"bad format: {rc} {err}")
# iCalendar (RFC 5545): CRLF lines of at most 75 octets, folded; one all-day event per
# change to a binding provision from the profile's date on, as the JSON lists them.
def ics_of(*args):
    """Bytes as written: text mode would turn CRLF into LF."""
    p = subprocess.run([AIGOV, "timeline", "examples/cv-screener-us-to-eu.json", "--format", "ics", *args], cwd=e2elib.ROOT,
                       capture_output=True, timeout=120)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


rc, ics, err = ics_of()
raw = ics.encode()
lines = raw.split(b"\r\n")
ok(rc == 0 and raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""), f"ics: CRLF lines only ({rc} {err})")
ok(all(len(l) <= 75 for l in lines), f"ics: no line over 75 octets: {max(len(l) for l in lines)}")
unfolded = ics.replace("\r\n ", "").split("\r\n")
ok(unfolded[0] == "BEGIN:VCALENDAR" and unfolded[-2] == "END:VCALENDAR" and "VERSION:2.0" in unfolded, "ics: one calendar")
ok(unfolded.count("BEGIN:VEVENT") == unfolded.count("END:VEVENT"), "ics: events balanced")
rc, out, _ = run("timeline", "examples/cv-screener-us-to-eu.json", "--format", "json")
tj = json.loads(out)
pdate = tj.get("profile", {}).get("date") or "2026-11-28"
want = [e for e in tj["events"] if e["binding"] == "binding" and e["date"] >= pdate]
ok(unfolded.count("BEGIN:VEVENT") == len(want) > 0, f"ics: one event per coming binding change ({unfolded.count('BEGIN:VEVENT')} vs {len(want)})")
starts = [l for l in unfolded if l.startswith("DTSTART;VALUE=DATE:")]
ok(sorted(starts) == sorted("DTSTART;VALUE=DATE:" + e["date"].replace("-", "") for e in want), "ics: on the dates the JSON gives")
ok(any(l.startswith("SUMMARY:EU AI Act Art. 8-15\\; Art. 6(2)\\, Annex III applies from this day") for l in unfolded),
   "ics: the summary says what happens, text escaped")
uids = [l for l in unfolded if l.startswith("UID:")]
ok(len(set(uids)) == len(uids), "ics: every event has its own UID")
rc, again, _ = ics_of()
ok(again == ics, "ics: the same calendar every run (DTSTAMP is the profile's date)")
rc, ics2, _ = ics_of("--from", "2028-01-01")
ok(rc == 0 and "BEGIN:VEVENT" not in ics2 and "END:VCALENDAR" in ics2, "ics: --from after the last change gives an empty calendar")
rc, ics3, _ = ics_of("--from", "2019-01-01")
n3 = ics3.count("BEGIN:VEVENT")
ok(rc == 0 and n3 == sum(1 for e in tj["events"] if e["binding"] == "binding" and e["date"] >= "2019-01-01") and n3 > len(want),
   f"ics: --from before the profile's date adds the changes since then ({n3})")
sys.exit(finish())
