#!/usr/bin/env python3
"""End-to-end tests of Ho et al.'s institutions as functions: `aigov functions` (the
function x topic x level x sector matrix, international gaps, analogues of the proposed
institutions) and the what-if's functions report (functions added, function gaps closed,
each added institution's challenges as figures). Usage: e2e_functions.py PATH_TO_AIGOV"""
import json
import os
import sys

from e2elib import ok, finish
import e2elib
AIGOV = os.path.abspath(sys.argv[1])
DATE = "2026-11-28"


def run(*args):
    return e2elib.run(AIGOV, *args)


rc, out, err = run("functions", "--date", DATE, "--format", "json")
doc = json.loads(out) if rc == 0 else {}
ok(rc == 0 and doc["date"] == DATE, f"functions runs: {rc} {err[:200]}")
ok("support_implementation" in doc.get("functions", []), "support_implementation is one of the functions")
rows = {(r["function"], r["topic"]): r for r in doc.get("matrix", [])}
sci = rows.get(("science_consensus", "safety"), {})
ok(sci.get("international", {}).get("public") == ["un-ai-scientific-panel"],
   f"the UN Scientific Panel builds scientific consensus on safety, internationally: {sci}")
ok(rows.get(("support_implementation", "safety"), {}).get("regional", {}).get("public") == ["eu-commission"],
   "the Commission supports the AI Act's implementation (Art. 96), at the regional level")
std = rows.get(("standard_setting", "safety"), {})
ok("iso" in std.get("international", {}).get("private", []) and "nist" in std.get("national", {}).get("public", []),
   f"standard setting: ISO international and private, NIST national and public: {std}")
ok(all(set(r) >= {"national", "regional", "international"} for r in rows.values()), "every row has the three levels")
gaps = {(g["function"], g["topic"]) for g in doc.get("international_gaps", [])}
ok(("support_implementation", "safety") in gaps and ("science_consensus", "safety") not in gaps,
   "no international body supports implementation on safety; the Panel fills science consensus")
prop = {p["institution"]: p["partly_realised_by"] for p in doc.get("proposed", [])}
ok(prop.get("commission-on-frontier-ai") == ["un-ai-scientific-panel"] and prop.get("ai-safety-project") == ["intl-network-ai-safety-institutes"],
   f"analogue_of: the proposed institutions read 'partly realised': {prop}")
rc, out, _ = run("functions", "--date", DATE)
ok(rc == 0 and "commission-on-frontier-ai: un-ai-scientific-panel" in out and "No international institution performs:" in out, "text")
rc, out, err = run("functions", "--date", "2026-13-01")
ok(rc == 2 and "expected a calendar date" in err, f"bad date: {err}")
rc, out, err = run("functions", "extra")
ok(rc == 2 and "no arguments" in err, f"extra argument: {err}")

# --- what-if: the functions each overlay adds, the function gaps it closes, its challenges ---
def whatif(name):
    rc, out, err = run("whatif", f"examples/overlays/{name}.yaml", "--date", DATE, "--format", "json")
    ok(rc == 0, f"whatif {name}: {err[:200]}")
    return json.loads(out) if rc == 0 else {}


for name, closes in (("advanced-ai-governance-organization", ("support_implementation", "safety")),
                     ("commission-on-frontier-ai", ("science_consensus", "systemic_risk")),
                     ("ai-safety-project", ("safety_research", "safety"))):
    w = whatif(name)
    ok(w.get("functions_added") and (closes[0], closes[1]) in {(g["function"], g["topic"]) for g in w.get("function_gaps_closed", [])},
       f"{name} adds functions and closes the function gap {closes}: {w.get('function_gaps_closed')}")
    ok(len(w.get("challenges", [])) == 1 and w["challenges"][0]["institution"] == name, f"{name}: its challenges are reported")

fac = whatif("frontier-ai-collaborative")
ch = fac["challenges"][0]
ok(ch["target_states"] == ["IN", "ZA", "BR", "ID"] and ch["target_states_in_un"] == 4 and ch["un_members"] == 193
   and abs(ch["reach_share_of_un_members"] - 4 / 193) < 1e-9,
   f"the Frontier AI Collaborative's reach to its target countries, over all UN Members: {ch.get('target_states')} {ch.get('reach_share_of_un_members')}")
ok(ch["private_members"] == ["microsoft", "google"] and "not standing" in ch["private_members_confer"],
   "a multistakeholder body: private members confer participation, not standing")
ok(ch["standing_if_principals_needed"] == {"all": False, "majority": True, "any": True},
   f"voting rule and its legitimacy effect: {ch['standing_if_principals_needed']}")
ok(ch["days_to_entry_into_force"] == 151 and ch["cells_overlapping_existing_mandates"] == 3, "time to entry into force, overlap")
ok(ch["member_states_in_un"] == 10 and abs(ch["share_of_un_members"] - 10 / 193) < 1e-9, "membership breadth as a share of UN Members")
ok(len(ch["not_modelled"]) == 2, "what is not modelled is said")
aigo = whatif("advanced-ai-governance-organization")["challenges"][0]
ok(aigo["binding_by_assumption"] == ["aaigo-frontier-ai-standards"], "the AIGO's binding standards are reported as an assumption")
rc, out, _ = run("whatif", "examples/overlays/frontier-ai-collaborative.yaml", "--date", DATE)
ok("Challenges of frontier-ai-collaborative (Ho et al.)" in out and "4 of 193 UN Members (2.1%)" in out, "whatif text shows the challenges")
rc, out, _ = run("whatif", "examples/overlays/frontier-ai-collaborative.yaml", "--date", DATE, "--format", "md")
ok("## Challenges of frontier-ai-collaborative (Ho et al.)" in out, "whatif markdown shows the challenges")
rc, out, _ = run("whatif", "examples/overlays/advanced-ai-governance-organization.yaml", "--date", DATE)
ok("aaigo-frontier-ai-standards: not legitimate -> mode 4" in out, "legitimacy gained in words, not 'mode 0'")
rc, out, _ = run("whatif", "examples/overlays/advanced-ai-governance-organization.yaml", "--date", DATE, "--format", "json")
g = json.loads(out)["legitimacy_gained"] if rc == 0 else []
ok(g and g[0]["legitimate_before"] is False and g[0]["legitimate_after"] is True, f"legitimate before/after in JSON: {g}")

sys.exit(finish())
