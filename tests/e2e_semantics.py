#!/usr/bin/env python3
"""e2e_semantics.py — the semantic rules of issue 14 ("Semantics that leave answers wrong or
needlessly unknown"), each pinned by a profile that gave the wrong answer before the rule.

Every profile is checked twice: by `aigov check --format json` (the plain engine) and by
`aigov check --batch` (the compiled, indexed engine), and both must give the statuses the
rule says. Usage: e2e_semantics.py PATH/TO/aigov"""
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2elib import run, ok, finish  # noqa: E402

AIGOV = sys.argv[1]


def check(profile, *extra):
    """Checks one profile with both engines; returns (full JSON result, batch line)."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(profile, f)
        path = f.name
    try:
        rc, out, err = run(AIGOV, "check", path, "--format", "json", *extra)
        assert rc in (0, 1), f"check failed ({rc}): {err}"
        full = json.loads(out)
        # --all: the full line, whose lists hold every status (the default line is lean).
        rc, out, err = run(AIGOV, "check", "--batch", "-", "--all", *extra, stdin=json.dumps(profile) + "\n")
        assert rc == 0, f"check --batch failed ({rc}): {err}"
        line = json.loads(out)
    finally:
        os.unlink(path)
    return full, line


def inst(full, iid):
    for i in full["instruments"]:
        if i["id"] == iid:
            return i
    return None


def prov(full, pid):
    for i in full["instruments"]:
        for p in i["provisions"]:
            if p["id"] == pid:
                return p
    return None


def status(full, line, pid):
    """The status of provision pid in the plain result, after checking that the batch line
    puts it in the same list (batch lines list applies, applies_from, unknown, ... by id)."""
    p = prov(full, pid)
    st = p["status"] if p else None
    if st is not None:
        def ids(k):
            return [x["id"] if isinstance(x, dict) else x for x in (line.get(k) or [])]
        batch = [k for k in ("applies", "applies_from", "unknown", "exempt", "revoked") if pid in ids(k)]
        ok(batch == [st], f"{pid}: the indexed engine says {batch}, the plain one {st}")
    return st


BASE = {"date": "2026-11-28", "research_only": False, "pre_market_development": False,
        "free_open_source_license": False, "personal_non_professional_use": False,
        "interaction_obvious": False, "assistive_editing_only": False}


def profile(**kw):
    p = dict(BASE)
    p.update(kw)
    return p


# ---- 1. A country-wide market reaches state law -------------------------------------------
# A lending model placed on the whole US market is reached by Colorado's law (it was silently
# not reached: markets ["US"] did not count as Colorado).
lending = profile(id="us-lending", role=["developer", "deployer"], markets=["US"], outputs_used_in=["US"],
                  affected_persons_in=["US"], purposes=["credit_scoring"],
                  provider={"established_in": ["US-CO"]}, deployer={"established_in": ["US-CO"]})
full, line = check(lending)
co = inst(full, "co-sb26-189")
ok(co is not None and co["reach"] == "true", f"markets ['US'] reaches Colorado's SB26-189: {co and co['reach']}")
# NYC LL 144's candidate notice reads affected_persons_in: persons all over the US include
# New York City's (it was not_applicable).
hire = profile(id="us-hire", role=["employer"], markets=["US"], affected_persons_in=["US"],
               purposes=["cv_screening"], employment={"positions_in": ["US-NY-NYC"]},
               aedt={"substantially_assists_or_replaces": True})
full, line = check(hire)
ok(status(full, line, "nyc-ll144/20-871-b-1-2-candidate-notice") == "applies",
   "affected_persons_in ['US'] reaches NYC LL 144's candidate notice")
# Established "in the US" says nothing about which state: California's SB 53 (which reads
# the provider's establishment) is unknown and asks for it, not silently not reaching.
frontier = profile(id="us-frontier", role=["provider"], markets=["JP"], provider={"established_in": ["US"]},
                   model={"foundation_model": True, "training_compute_flop": 5e26})
full, line = check(frontier)
sb53 = inst(full, "ca-sb53")
ok(sb53 is not None and sb53["reach"] == "unknown", f"established_in ['US'] leaves SB 53 unknown: {sb53 and sb53['reach']}")
ok(sb53 is not None and any("system.provider.established_in" in t["deciding_fields"] for t in sb53["triggers"]),
   "SB 53's trigger asks for provider.established_in")
ok(line["summary"]["instruments"] == full["summary"]["instruments"], "both engines reach as many instruments")
# ... while a state named is decided, and "somewhere in the US" still is in the US.
full, line = check(dict(frontier, provider={"established_in": ["US-NY"]}))
ok(inst(full, "ca-sb53") is None, "established_in ['US-NY'] does not reach SB 53")
full, line = check(dict(frontier, provider={"established_in": ["US"]}, markets=["US-CA"]))
ok(inst(full, "ca-sb53") and inst(full, "ca-sb53")["reach"] == "true", "markets ['US-CA'] reaches SB 53")
# WORLD: placed on every market reaches the EU and Colorado alike; established "somewhere in
# the world" leaves an establishment trigger unknown.
full, line = check(dict(lending, id="world", markets=["WORLD"], outputs_used_in=["WORLD"]))
ok(inst(full, "co-sb26-189") and inst(full, "co-sb26-189")["reach"] == "true", "markets ['WORLD'] reaches Colorado")
ok(inst(full, "eu-ai-act") and inst(full, "eu-ai-act")["reach"] == "true", "markets ['WORLD'] reaches the EU AI Act")
full, line = check(dict(frontier, id="world-est", provider={"established_in": ["WORLD"]}, markets=[]))
sb53 = inst(full, "ca-sb53")
ok(sb53 is not None and sb53["reach"] == "unknown", f"established_in ['WORLD'] leaves SB 53 unknown: {sb53 and sb53['reach']}")

# ---- 2. A trigger about a role needs that role ---------------------------------------------
# A US provider that places its system only on the US market, with outputs used only in the
# US, is not reached by the AI Act: Art. 2(1)(b) is about deployers established in the Union,
# and the profiled organisation is no deployer (it was unknown, asking where "the deployer"
# is established).
us_provider = profile(id="us-provider", role=["provider"], markets=["US"], outputs_used_in=["US"],
                      provider={"established_in": ["US"]}, purposes=["cv_screening"])
full, line = check(us_provider)
ok(inst(full, "eu-ai-act") is None, f"a US-only provider is not reached by the AI Act: {inst(full, 'eu-ai-act') and inst(full, 'eu-ai-act')['reach']}")
# GDPR Art. 3(1) likewise reads the establishment of the controller only for a controller.
proc = profile(id="eu-processor", role=["processor"], data=["personal"], processor={"established_in": ["US"]},
               data_subjects_in=["US"], offers_goods_or_services_in=["US"], monitors_behaviour_in=[])
full, line = check(proc)
ok(inst(full, "gdpr") is None, f"a US processor for US data subjects is not reached by the GDPR: {inst(full, 'gdpr') and inst(full, 'gdpr')['reach']}")
# A deployer-only profile is not reached by Art. 2(1)(a) through the system's EU market.
us_deployer = profile(id="us-deployer", role=["deployer"], markets=["EU", "US"], outputs_used_in=["US"],
                      deployer={"established_in": ["US"]}, purposes=["cv_screening"])
full, line = check(us_deployer)
ok(inst(full, "eu-ai-act") is None, "a US deployer using the system in the US only is not reached by Art. 2(1)(a)")

# ---- 3. An exemption for one role removes only that role's duties -------------------------
# A natural person who builds a deep-fake voice tool, places it on the EU market and also uses
# it for purely personal purposes: Art. 2(10) exempts its duties as a deployer (the deep-fake
# disclosure), not its duties as the provider (marking synthetic content). Before, the
# exemption held for no provision at all, because the person is also a provider.
hobby = profile(id="hobbyist", role=["provider", "deployer"], markets=["EU"], outputs_used_in=["DE"],
                provider={"established_in": ["DE"], "kind": "natural_person"},
                deployer={"established_in": ["DE"], "kind": "natural_person"},
                personal_non_professional_use=True, deep_fake=True, generates_synthetic_content=True,
                placed_on_market="2026-09-01", purposes=["deepfake_generation"])
full, line = check(hobby)
ok(status(full, line, "eu-ai-act/art50-4-deep-fake-disclosure") == "exempt", "Art. 2(10) exempts the deployer's deep-fake disclosure")
ok(status(full, line, "eu-ai-act/art50-2-synthetic-content-marking") == "applies", "Art. 2(10) leaves the provider's marking duty")
ok(status(full, line, "eu-ai-act/art4-ai-literacy") == "applies", "a duty of providers and deployers stays with the provider")
p4 = prov(full, "eu-ai-act/art4-ai-literacy")
ok(p4 is not None and any("does not cover the role" in r for r in p4["reasons"]), "the reasons say the exemption does not reach this role")
# The same person as a deployer only: every deployer duty is exempt.
full, line = check(dict(hobby, role=["deployer"]))
ok(status(full, line, "eu-ai-act/art4-ai-literacy") == "exempt", "a deployer-only natural person is exempt from Art. 4")

# ---- 4. "Cannot apply before D" is not unknown ---------------------------------------------
# On 2026-03-01 the AI Act's transparency duties cannot apply before 2 August 2026. A chatbot
# provider that has not said whether its system interacts with people gets "applies from
# 2026-08-02, if ...", with the question, not "unknown".
early = profile(id="early", date="2026-03-01", role=["provider"], markets=["EU"], provider={"established_in": ["DE"]},
                purposes=["chatbot"])
full, line = check(early)
ok(status(full, line, "eu-ai-act/art50-1-ai-interaction-disclosure") == "applies_from", "a future provision is applies_from, not unknown")
p50 = prov(full, "eu-ai-act/art50-1-ai-interaction-disclosure")
ok(p50 is not None and p50["date"] == "2026-08-02" and "system.interacts_with_natural_persons" in p50["deciding_fields"],
   "it keeps its date and its question")
b50 = [x for x in line["applies_from"] if isinstance(x, dict) and x["id"] == "eu-ai-act/art50-1-ai-interaction-disclosure"]
ok(b50 and "system.interacts_with_natural_persons" in b50[0].get("deciding_fields", []), "the batch line carries the question too")
# On the date itself it is unknown again: then only the answer decides.
full, line = check(dict(early, date="2026-08-02"))
ok(status(full, line, "eu-ai-act/art50-1-ai-interaction-disclosure") == "unknown", "on its date it is unknown until answered")

# ---- 5. Entries split by a fact agree when the fact does not matter -------------------------
# A generative system whose placement date is not given: Art. 50(2) binds it whether it was
# placed before 2 August 2026 (marking by 2 December 2026, Art. 111(4) as amended) or after
# (from 2 August 2026). Both halves were "unknown"; now the duty applies, from one date or
# the other, and the other half is represented by it.
gen = profile(id="generator", date="2026-12-10", role=["provider"], markets=["EU"], provider={"established_in": ["DE"]},
              generates_synthetic_content=True, purposes=["content_generation"], interacts_with_natural_persons=False,
              model={"general_purpose": False}, research_only=False, pre_market_development=False,
              free_open_source_license=False, assistive_editing_only=False, data=["personal"])
full, line = check(gen)
ok(status(full, line, "eu-ai-act/art50-2-synthetic-content-marking") == "applies", "Art. 50(2) applies whatever the placement date")
m = prov(full, "eu-ai-act/art50-2-synthetic-content-marking")
ok(m is not None and m.get("merged_with") == "eu-ai-act/art50-2-synthetic-content-marking-existing"
   and m.get("split_by") == "system.placed_on_market" and m["deciding_fields"] == [],
   "it says it was decided with its other branch, split by the placement date")
ok(prov(full, "eu-ai-act/art50-2-synthetic-content-marking-existing") is None, "the other branch is not listed on its own")
ok(not [p for p in inst(full, "eu-ai-act")["provisions"] if p["status"] == "unknown"], "nothing of the AI Act is left unknown")
# Before 2 December 2026 it applies already for a system placed after 2 August 2026, and
# from 2 December 2026 otherwise: "applies (from 2026-08-02 or 2026-12-02)".
full, line = check(dict(gen, date="2026-11-28"))
m = prov(full, "eu-ai-act/art50-2-synthetic-content-marking")
ok(m is not None and m["status"] == "applies" and m["date"] == "2026-08-02" and m.get("alt_date") == "2026-12-02",
   f"from 2026-08-02 or 2026-12-02: {m and (m['status'], m['date'], m.get('alt_date'))}")
# A known placement date decides as before: only the branch that holds.
full, line = check(dict(gen, placed_on_market="2025-03-01"))
ok(status(full, line, "eu-ai-act/art50-2-synthetic-content-marking-existing") == "applies"
   and prov(full, "eu-ai-act/art50-2-synthetic-content-marking") is None, "a stated date picks one branch")
# Art. 53 against the Art. 111(3) transition: a GPAI model provider that does not say when
# the model was placed on the market is bound either way (from 2 August 2025 or 2027).
gpai = profile(id="gpai", role=["provider"], markets=["EU"], provider={"established_in": ["DE"]}, purposes=["general_purpose"],
               model={"general_purpose": True, "training_compute_flop": 1e24, "designated_systemic_risk": False,
                      "open_weights": False})
full, line = check(gpai)
m = prov(full, "eu-ai-act/art53-1-cd-copyright-training-summary")
# Art. 111(3) binds from 2 August 2025 too, with a deadline of 2 August 2027 (`due`), so the
# duty applies now either way.
ok(m is not None and m["status"] == "applies" and m["date"] == "2025-08-02" and m.get("alt_date") is None
   and m.get("merged_with") == "eu-ai-act/art111-3-legacy-gpai-compliance",
   f"Art. 53(1)(c)-(d) applies from 2025-08-02 either way: {m and (m['status'], m['date'], m.get('alt_date'), m.get('merged_with'))}")
ok(status(full, line, "eu-ai-act/art53-1-cd-copyright-training-summary") == "applies", "both engines agree")

# ---- 5b. The Product Liability Directive (EU) 2024/2853 --------------------------------------
# Products placed on the Union market after 9 December 2026 come under its liability rules
# (as transposed); products placed earlier stay under Directive 85/374/EEC (not in the corpus).
pld = profile(id="pld", role=["provider"], markets=["EU"], provider={"established_in": ["NL"]}, purposes=["customer_service"],
              date="2026-12-10", placed_on_market="2026-12-10")
full, line = check(pld)
ok(status(full, line, "eu-product-liability-directive/art8-manufacturer-liability") == "applies",
   "PLD: a product placed on the market on 10 December 2026 is under the new liability rules")
ok(prov(full, "eu-product-liability-directive/art22-transposition") is None, "the duty to transpose binds States only")
full, line = check(dict(pld, placed_on_market="2026-12-01"))
ok(prov(full, "eu-product-liability-directive/art8-manufacturer-liability") is None, "PLD: one placed before 10 December 2026 is not")
full, line = check(dict(pld, provider={"established_in": ["US"]}, role=["importer"]))
ok(status(full, line, "eu-product-liability-directive/art8-importer-representative-liability") == "applies",
   "PLD: the importer answers for a manufacturer outside the Union")

# Kazakhstan's AI Law bans determining emotions without consent, except where a law provides.
kz = profile(id="kz-emotion", role=["deployer"], markets=["KZ"], deployer={"established_in": ["KZ"]}, purposes=["emotion_recognition"],
             date="2026-12-08")
full, line = check(dict(kz, kz={"emotion_consent": False}))
ok(status(full, line, "kz-ai-law/ban-emotion-without-consent") == "applies", "KZ: emotion recognition without consent is banned")
full, line = check(dict(kz, kz={"emotion_consent": True}))
ok(prov(full, "kz-ai-law/ban-emotion-without-consent") is None, "KZ: with consent it is not")
full, line = check(dict(kz, date="2026-01-17", kz={"emotion_consent": False}))
ok(status(full, line, "kz-ai-law/ban-emotion-without-consent") == "applies_from", "KZ: the ban applies from 18 January 2026")

# US federal instruments: a vendor selling an LLM to a federal agency is bound by the contract
# terms of EO 14319 and OMB M-25-22; a private profile silent on federal use is not asked.
vendor = profile(id="fed-vendor", role=["provider"], markets=["US"], provider={"established_in": ["US-CA"]}, purposes=["customer_service"],
                 capabilities=["text_generation"], date="2026-12-08", us={"federal_agency_use": True})
full, line = check(vendor)
ok(status(full, line, "us-eo-14319/sec4-vendor-contract-terms") == "applies", "EO 14319: the LLM vendor's contract terms apply")
ok(status(full, line, "us-omb-m-25-22/vendor-no-training-on-government-data") == "applies", "M-25-22: no training on non-public government data")
full, line = check(dict(vendor, us={}))
ok(inst(full, "us-omb-m-25-22") is None, "a private profile silent on federal use is not reached")

# Taiwan's AI Basic Act binds the government: a company in Taiwan is reached with nothing for
# its roles; the government as deployer gets the principles of Art. 4.
tw = profile(id="tw-co", role=["provider"], markets=["TW"], provider={"established_in": ["TW"]}, purposes=["customer_service"], date="2026-12-08")
full, line = check(tw)
ok(inst(full, "tw-ai-basic-act") is not None and prov(full, "tw-ai-basic-act/art4-principles") is None,
   "TW: a company is reached, with nothing addressed to it")
full, line = check(dict(tw, role=["state", "deployer"], deployer={"established_in": ["TW"], "kind": "public_authority"}))
ok(status(full, line, "tw-ai-basic-act/art4-principles") == "applies", "TW: the government is bound by Art. 4")

# ---- 6. Annex III 1(b) and Annex I Section B --------------------------------------------------
# Biometric categorisation by sensitive attributes outside the Art. 5(1)(g) ban (here the ban's
# exception holds) is high-risk under Annex III 1(b); only Art. 50(3) was reported.
cat = profile(id="le-categorisation", role=["provider"], markets=["EU"], provider={"established_in": ["DE"]},
              purposes=["biometric_categorisation_sensitive", "law_enforcement"], biometric_dataset_labelling=True,
              art6_3_derogation=False, performs_profiling=True)
full, line = check(cat)
ok(status(full, line, "eu-ai-act/art8-15-requirements-annex-iii") in ("applies", "applies_from"),
   f"Annex III 1(b) makes it high-risk: {status(full, line, 'eu-ai-act/art8-15-requirements-annex-iii')}")
ok(status(full, line, "eu-ai-act/art5-biometric-categorisation-sensitive") is None, "and it is not banned")
# A law-enforcement system inferring religion from faces is banned: Art. 5(1)(g)'s exception
# is the labelling, filtering or categorising of lawfully acquired datasets (Recital 30), not
# the area of law enforcement as such (the purpose law_enforcement once lifted the ban).
police = profile(id="le-religion", role=["deployer"], markets=["EU"], deployer={"established_in": ["FR"], "kind": "law_enforcement_authority"},
                 purposes=["biometric_categorisation_sensitive", "law_enforcement"], biometric_dataset_labelling=False)
full, line = check(police)
ok(status(full, line, "eu-ai-act/art5-biometric-categorisation-sensitive") == "applies",
   f"Art. 5(1)(g) bans it in law enforcement: {status(full, line, 'eu-ai-act/art5-biometric-categorisation-sensitive')}")
# A safety component of a motor vehicle (Annex I Section B): Art. 2(2) leaves only Art. 6(1),
# 102-109 and 112, so the Art. 8-43 obligations do not apply (they all appeared).
car = profile(id="vehicle-adas", role=["provider"], markets=["EU"], provider={"established_in": ["DE"]},
              purposes=["critical_infrastructure"], safety_component=True, annex_i_third_party_assessment=True,
              annex_i_section_b=True)
full, line = check(dict(car, purposes=["customer_service"]))
ok(prov(full, "eu-ai-act/art8-15-requirements-annex-i") is None, "Annex I Section B: Art. 8-15 are left out (Art. 2(2))")
ok(prov(full, "eu-ai-act/art16-conformity-assessment-annex-i") is None, "and so is the conformity assessment")
full, line = check(dict(car, purposes=["customer_service"], annex_i_section_b=False))
ok(status(full, line, "eu-ai-act/art8-15-requirements-annex-i") == "applies_from", "an Annex I Section A product keeps them")
# Machinery after the Digital Omnibus (in force 27 July 2026): the Annex I high-risk duties
# no longer reach AI in products under the Machinery Regulation (EU) 2023/1230.
full, line = check(dict(car, purposes=["customer_service"], annex_i_section_b=False, annex_i_machinery=True, date="2026-12-08"))
ok(prov(full, "eu-ai-act/art8-15-requirements-annex-i") is None, "machinery: Art. 8-15 no longer reach it after the Omnibus")
full, line = check(dict(car, purposes=["customer_service"], annex_i_section_b=False, annex_i_machinery=True, date="2026-07-01"))
ok(status(full, line, "eu-ai-act/art8-15-requirements-annex-i") == "applies_from", "machinery: before the Omnibus they did")
# Art. 2(2) leaves such a system nothing else either: Art. 4 (AI literacy) applied to it; the
# exemption annex-i-section-b now takes it away, and Art. 50(1) with it.
full, line = check(dict(car, purposes=["customer_service"], interacts_with_natural_persons=True))
a4 = prov(full, "eu-ai-act/art4-ai-literacy")
ok(status(full, line, "eu-ai-act/art4-ai-literacy") == "exempt" and (a4["exempted_by"] or {}).get("id") == "annex-i-section-b",
   f"Annex I Section B: Art. 4 is exempt under Art. 2(2): {a4 and a4['status']}")
ok(status(full, line, "eu-ai-act/art50-1-ai-interaction-disclosure") == "exempt", "and so is Art. 50(1)")
full, line = check(dict(car, purposes=["customer_service"], annex_i_section_b=False))
ok(status(full, line, "eu-ai-act/art4-ai-literacy") == "applies", "an Annex I Section A product keeps Art. 4")
# A safety component whose product is not said to be Section A or B: Art. 4 depends on it.
unsaid = dict(car, purposes=["customer_service"])
del unsaid["annex_i_section_b"]
full, line = check(unsaid)
a4 = prov(full, "eu-ai-act/art4-ai-literacy")
ok(status(full, line, "eu-ai-act/art4-ai-literacy") == "unknown" and "system.annex_i_section_b" in json.dumps(a4["deciding_fields"]),
   f"Section A or B unknown: Art. 4 asks it ({a4 and a4['deciding_fields']})")
# A profile silent on being a safety component is not asked about Art. 2(2) for Art. 4.
silent = profile(id="silent-component", role=["provider"], markets=["EU"], provider={"established_in": ["DE"]},
                 purposes=["customer_service"])
full, line = check(silent)
ok(status(full, line, "eu-ai-act/art4-ai-literacy") == "applies", "no safety-component statement: Art. 4 applies, no Art. 2(2) question")
# The GPAI model duties attach to the model, not to the high-risk system: Art. 2(2) keeps them.
full, line = check(dict(car, purposes=["customer_service"], placed_on_market="2026-09-01",
                        model={"general_purpose": True, "training_compute_flop": 1e23, "open_weights": False}))
ok(status(full, line, "eu-ai-act/art53-1-ab-documentation") == "applies", "Section B system on a GPAI model: Art. 53 stays")

# ---- 7. Function vs end use -------------------------------------------------------------------
# A defence system described by its function (post remote biometric identification) with its
# end use stated apart: Art. 2(3) exempts it (the exemption tested only purposes, where the
# function is not a military purpose, so the Annex III duties appeared).
defence = profile(id="defence-faces", role=["provider"], markets=["EU"], provider={"established_in": ["FR"]},
                  purposes=["biometric_identification_remote_post"], end_uses=["defence"],
                  art6_3_derogation=False, performs_profiling=True)
full, line = check(defence)
ok(status(full, line, "eu-ai-act/art8-15-requirements-annex-iii") == "exempt", "a defence end use exempts whatever the function (Art. 2(3))")
full, line = check(dict(defence, end_uses=["defence", "civilian"]))
ok(status(full, line, "eu-ai-act/art8-15-requirements-annex-iii") in ("applies", "applies_from"), "a dual use is not exclusively defence")
# Law enforcement as an end use reaches the Art. 5(1)(h) prohibition.
rbi = profile(id="rbi", role=["deployer"], markets=["EU"], deployer={"established_in": ["FR"]},
              purposes=["biometric_identification_remote_realtime"], end_uses=["law_enforcement"],
              settings=["publicly_accessible_space"], rbi_authorised_objective=False)
full, line = check(rbi)
ok(status(full, line, "eu-ai-act/art5-realtime-rbi-law-enforcement") == "applies", "the law-enforcement end use decides Art. 5(1)(h)")

# ---- 8. Facts the schema could not state -----------------------------------------------------
# A chatbot whose AI nature is obvious to a reasonably well-informed person: no Art. 50(1)
# disclosure (the schema could not say so, so it always applied).
bot = profile(id="obvious-bot", role=["provider"], markets=["EU"], provider={"established_in": ["DE"]},
              purposes=["chatbot"], interacts_with_natural_persons=True, interaction_obvious=True,
              generates_synthetic_content=True, assistive_editing_only=True, placed_on_market="2026-09-01",
              model={"general_purpose": False})
full, line = check(bot)
ok(status(full, line, "eu-ai-act/art50-1-ai-interaction-disclosure") is None, "Art. 50(1): obvious interaction needs no disclosure")
ok(status(full, line, "eu-ai-act/art50-2-synthetic-content-marking") is None, "Art. 50(2): assistive standard editing needs no marking")
full, line = check(dict(bot, interaction_obvious=False, assistive_editing_only=False))
ok(status(full, line, "eu-ai-act/art50-1-ai-interaction-disclosure") == "applies", "otherwise the disclosure applies")
# "No EU nexus at all" in one answer: a profile that leaves every territorial field out but
# says eu_nexus false is not reached by the AI Act or the GDPR (it was unknown, asking for
# each field).
nowhere = {"id": "no-eu", "date": "2026-11-28", "role": ["provider", "controller"], "data": ["personal"], "eu_nexus": False}
full, line = check(nowhere)
ok(inst(full, "eu-ai-act") is None and inst(full, "gdpr") is None, "eu_nexus false answers every EU territorial question")
full, line = check(dict(nowhere, eu_nexus=None))
ok(inst(full, "eu-ai-act") is not None and inst(full, "eu-ai-act")["reach"] == "unknown", "left out, the questions are asked one by one")

# ---- 9. GDPR Art. 22 engages on the decision; the Art. 22(2) bases change what follows ------
scoring = profile(id="scoring", role=["controller"], data=["personal", "financial"],
                  controller={"established_in": ["DE"]}, data_subjects_in=["DE"], purposes=["credit_scoring"],
                  deployer={"kind": "private"},
                  decisions={"solely_automated": True, "legal_or_similar_effect": True})
full, line = check(scoring)
ok(status(full, line, "gdpr/art22-right-engaged") == "applies", "Art. 22 engages on a solely automated decision with legal effect, basis unknown")
ok(status(full, line, "gdpr/art22-1-solely-automated-decisions") == "unknown", "whether it is prohibited still asks the basis")
full, line = check(dict(scoring, decisions={"solely_automated": True, "legal_or_similar_effect": True,
                                            "art22_2_basis": "authorised_by_law"}))
ok(status(full, line, "gdpr/art22-2-b-authorised-by-law") == "applies", "authorisation by law brings that law's safeguards (it had no entry)")
ok(status(full, line, "gdpr/art22-1-solely-automated-decisions") is None and status(full, line, "gdpr/art22-3-safeguards") is None,
   "neither the prohibition nor the Art. 22(3) safeguards")

# ---- 10. A duty to request a licence engages on the threshold --------------------------------
platform = profile(id="big-platform", role=["licensee", "provider"], markets=["US"], provider={"established_in": ["US"]},
                   model={"base_model_licenses": ["llama3_community"], "distributed": False},
                   licensee={"mau_month_before_llama3_release": 9e8, "meta_license_granted": True})
full, line = check(platform)
ok(status(full, line, "llama3-license/sec2-700m-mau-licence-request") == "applies", "over 700M MAU the licence request is due even though Meta granted one")
ok(status(full, line, "llama3-license/sec2-700m-mau-no-rights-until-granted") is None, "with the grant, the rights may be exercised")
full, line = check(dict(platform, licensee={"mau_month_before_llama3_release": 9e8, "meta_license_granted": False}))
ok(status(full, line, "llama3-license/sec2-700m-mau-no-rights-until-granted") == "applies", "without it, no rights")

# ---- 11. The legitimacy mode follows the issuer's actual standing and the form --------------
# The Seoul Declaration (soft law) is co-signed by the US President, a directly elected and
# so authorized executive, and by parliamentary governments: it was mode 2, "special AI law by
# an authorized entity", then mode 4, "by a mandated entity", which its chain denies. A policy
# by an authorized entity fits none of the five modes: legitimate, outside the modes (issue
# 23; the authors say the framework is not exhaustive). The Bletchley Declaration, whose
# signatories' governments are all mandated, stays mode 4; the AI Act (a law by the
# co-legislators) stays mode 2, and an executive order by the President is outside the modes.
rc, out, err = run(AIGOV, "legitimacy", "--format", "json")
insts = {i["instrument"]: i for i in json.loads(out)["instruments"]} if rc == 0 else {}
modes = {k: v["mode"] for k, v in insts.items()}
outside = {k for k, v in insts.items() if any(f["finding"] == "legitimate_outside_modes" for f in v["findings"])}
ok(modes.get("seoul-declaration") is None and "seoul-declaration" in outside and insts["seoul-declaration"]["legitimate"],
   f"a declaration co-signed by a directly elected executive is legitimate outside the modes: {modes.get('seoul-declaration')}")
ok(modes.get("bletchley-declaration") == 4, f"the same form by parliamentary governments is mode 4: {modes.get('bletchley-declaration')}")
ok(modes.get("eu-ai-act") == 2 and modes.get("gdpr") == 1, "laws by authorized entities keep modes 2 and 1")
ok(modes.get("us-eo-14110") is None and "us-eo-14110" in outside,
   f"a special AI policy by a directly elected executive is legitimate outside the modes: {modes.get('us-eo-14110')}")

sys.exit(finish())
