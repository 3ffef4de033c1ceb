#!/usr/bin/env python3
"""aigov ask: the interview, driven through a pipe. For three example systems (an EU
high-risk credit scorer, a frontier general-purpose model, a Colorado lending system) the
test answers each question `ask` puts, from nothing, with the value the example profile
gives (as a person would type it: yes/no, numbers, dates, choice numbers or names, region
codes or names), until ask says every binding provision is decided. It then replays the
whole script in one run and checks that the written profile decides every binding
provision and that each has the status it has for the example itself. Also: answer
validation (did-you-mean, bad dates, numbers with units), don't know, quitting, keeping a
given profile's fields and their order, and starting from a model-card draft.

Usage: e2e_ask.py PATH_TO_AIGOV"""
import json
import os
import re
import sys
import tempfile

from e2elib import ROOT, ok, finish
import e2elib

AIGOV = os.path.abspath(sys.argv[1])


def run(*args, stdin=None):
    return e2elib.run(AIGOV, *args, stdin=stdin)


def get(profile, field):
    cur = profile
    for part in field.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return None
        cur = cur[part]
    return cur


def typed(value, vocab_numbers):
    """How a person types the example's value."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        if not value:
            return "none"
        # Choices by number where the question listed them, else by name.
        return ", ".join(str(vocab_numbers.get(v, v)) for v in value)
    if isinstance(value, (int, float)):
        return f"{value:g}" if isinstance(value, float) else str(value)
    return str(vocab_numbers.get(value, value))


QUESTION = re.compile(r"Question \d+ \((system\.[a-z0-9_.]+),")
CHOICE = re.compile(r"^\s+(\d+)\. ([a-z0-9_]+)", re.M)


def interview(example, date):
    """Answers ask's questions from the example; returns (answers, last stderr, profile)."""
    want = json.loads((ROOT / "examples" / example).read_text())
    answers = [want.get("name", "?")]  # the system's name is asked first
    for _ in range(80):
        rc, out, err = run("ask", "--date", date, stdin="".join(a + "\n" for a in answers))
        if rc != 0:
            return answers, err, None
        if "Every binding duty is decided" in err:
            return answers, err, json.loads(out)
        # The question put last, with its choices.
        last = err.rsplit("Question ", 1)[-1]
        m = QUESTION.search("Question " + last)
        if not m:
            return answers, err, None
        field = m.group(1)[len("system."):]
        nums = {name: int(n) for n, name in CHOICE.findall(last)}
        v = get(want, field)
        answers.append("?" if v is None else typed(v, nums))
    return answers, err, None


def binding_statuses(path, date):
    rc, out, err = run("check", path, "--format", "json", "--date", date)
    d = json.loads(out)
    return {p["id"]: p["status"] for i in d["instruments"] if i["binding"] == "binding" for p in i["provisions"]}, d


with tempfile.TemporaryDirectory() as td:
    for example, date in [("credit-scoring-de.json", "2026-11-28"), ("frontier-closed-2e26.json", "2026-11-28"),
                          ("colorado-lending-ai.json", "2026-11-28")]:
        answers, err, prof = interview(example, date)
        ok(prof is not None, f"{example}: ask reaches zero undecided binding provisions ({len(answers)} answers): {err[-600:]}")
        if prof is None:
            continue
        ok(0 < len(answers) <= 30, f"{example}: {len(answers)} questions asked")
        # The whole script in one run, written with -o.
        outp = os.path.join(td, "answered-" + example)
        rc, out, err = run("ask", "--date", date, "-o", outp, stdin="".join(a + "\n" for a in answers))
        ok(rc == 0 and out == "" and os.path.exists(outp), f"{example}: ask -o writes the profile (exit {rc}): {err[-300:]}")
        got, doc = binding_statuses(outp, date)
        want, _ = binding_statuses(str(ROOT / "examples" / example), date)
        ok(doc["undecided_binding"] == 0 and doc["summary"]["binding_unknown"] == 0,
           f"{example}: the written profile decides every binding provision: {doc['summary']}")
        # A revoked provision is listed only when its condition holds (docs/check-json.md);
        # the interview does not ask about obligations that no longer bind.
        diff = {k: (got.get(k), want.get(k)) for k in set(got) | set(want)
                if got.get(k) != want.get(k) and want.get(k) != "revoked"}
        ok(not diff, f"{example}: the answered profile checks to the example's binding statuses: {sorted(diff.items())[:5]}")
        ok("[0 binding provisions undecided]" not in err and re.search(r"\[\d+ binding provisions? undecided\]", err),
           f"{example}: ask shows how many binding provisions are undecided")

    # Validation: did-you-mean for regions and terms, bad dates, numbers with units; re-asked.
    # The system's name is asked first, then what the organisation does (its activities),
    # never a list of every law's role words.
    rc, out, err = run("ask", "--date", "2026-12-01", stdin="HR tool\ndevelps\ndevelops\nGermny\nq\n")
    ok("What is the system called?" in err and err.index("What is the system called?") < err.index("Question 1 (system.activities"),
       f"the name is asked first, then the activities: {err[:600]}")
    ok("system.role" not in err, "the role words are not asked when the activities can be")
    ok("unknown activities term 'develps' (did you mean 'develops'?)" in err or "did you mean 'develops'" in err, f"term did-you-mean: {err[-800:]}")
    ok("unknown region 'Germny' (did you mean 'DE'?)" in err, f"region did-you-mean: {err[-800:]}")
    prof = json.loads(out) if rc == 0 else {}
    ok(rc == 0 and prof == {"name": "HR tool", "activities": ["develops"]}, f"quit writes what was answered: {rc} {out}")

    rc, out, err = run("ask", "--date", "2026-12-01", stdin="?\n1, 7\nGermany, france\nq\n")
    prof = json.loads(out) if rc == 0 else {}
    ok(prof.get("activities") == ["develops", "imports"] and prof.get("markets") == ["DE", "FR"] and "name" not in prof,
       f"numbered choices and region names; ? skips the name: {prof}")

    # Keeping a given profile's fields and their order; answering a number with a unit.
    src = os.path.join(td, "partial.json")
    with open(src, "w") as f:
        f.write('{"id": "x", "name": "X", "date": "2026-11-28", "role": ["provider"], "markets": ["EU"],\n'
                ' "model": {"general_purpose": true}}\n')
    rc, out, err = run("ask", src, stdin="q\n")
    ok(rc == 0 and list(json.loads(out)) == ["id", "name", "date", "role", "markets", "model"], f"fields and order kept: {out}")
    rc, out, err = run("ask", src, stdin="?\n" * 3 + "q\n")
    ok(rc == 0 and err.count("Question ") == 4 and len(set(QUESTION.findall(err))) == 4, "don't know moves to the next question")

    rc, out, err = run("ask", "--date", "2026-12-01", stdin="q\n")
    ok(rc == 0 and json.loads(out) == {}, "quitting at once writes the empty profile")

    # From a model-card draft.
    rc, out, err = run("ask", "--from-model-card", "tests/fixtures/model-card.md", "--date", "2026-12-01", stdin="q\n")
    prof = json.loads(out) if rc == 0 else {}
    ok(rc == 0 and prof.get("id") and "Question 1 (system.activities" in err, f"starts from a model-card draft: {err[-300:]}")

    rc, out, err = run("ask", "a.json", "b.json")
    ok(rc == 2 and "at most one PROFILE" in err, f"two profiles: {rc} {err}")

# A region given without the part a provision asks about ("US" where Texas law asks about
# Texas): the question says what the profile holds and asks for the part; answering the
# same again decides nothing, and the interview goes on instead of asking it forever.
rc, out, err = run("ask", "examples/cv-screener-us-to-eu.json", "-o", "-", stdin="US\nUS\nUS\n")
ok(rc == 0 and "The profile says US; what it decides turns on a part of it" in err, f"ask says what the profile holds: {err[-600:]}")
ok(err.count("Question ") == 1 and "That answer decides nothing more; not asked again" in err and "still undecided" in err,
   f"the same answer again ends that question: {err.count('Question ')} questions: {err[-400:]}")
rc, out, err = run("ask", "examples/cv-screener-us-to-eu.json", "-o", "-", stdin="US-NY\n")
ok(rc == 0 and "Every binding duty is decided" in err and json.loads(out)["provider"]["established_in"] == ["US-NY"],
   f"naming the state decides them: {err[-300:]}")
noest = json.loads((ROOT / "examples/cv-screener-us-to-eu.json").read_text())
del noest["provider"]["established_in"]
with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
    json.dump(noest, f)
rc, out, err = run("ask", f.name, "-o", "-", stdin="US\nUS\n")
os.unlink(f.name)
ok(err.count("Question ") == 2 and err.count("The profile says US") == 1 and "not asked again" in err,
   f"a first 'US' is followed up once with the part, then not again: {err[-700:]}")
rc, out, err = run("check", "examples/cv-screener-us-to-eu.json", "--format", "json")
qs = json.loads(out)["questions"] if rc in (0, 1) else []
ok(any(q["id"] == "system.provider.established_in" and q.get("current") == "US" for q in qs),
   "check's JSON question carries what the profile holds (current: US)")
rc, out, err = run("check", "examples/cv-screener-us-to-eu.json")
ok("the profile says US: which part of it?" in out, "and the text report says it")
sys.exit(finish())
