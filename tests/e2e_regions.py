#!/usr/bin/env python3
"""Every place a user may name is a region (issue 25): every ISO 3166-1 alpha-2 code, every
ISO 3166-2:US and ISO 3166-2:CA subdivision code, and the names and aliases users type
("Germany", "uk", "Connecticut", "US-PR"), in a profile for `check`, in `ask` and in
`corpus show`; a name shared by two places (Georgia) asks for the code; a territory counts in
its parent's groups (Guadeloupe in the EU, Puerto Rico in the US).
The code lists below were copied from ISO 3166-1 and ISO 3166-2 (as published in Debian's
iso-codes 4.15.0, iso_3166-1.json and iso_3166-2.json) on 2026-12-08.
Usage: e2e_regions.py PATH_TO_AIGOV"""
import json
import os
import sys
import tempfile

from e2elib import ok, run, finish

AIGOV = os.path.abspath(sys.argv[1])

ISO_3166_1 = [
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
]
ISO_3166_2_US = [
    "US-AK", "US-AL", "US-AR", "US-AS", "US-AZ", "US-CA", "US-CO", "US-CT", "US-DC", "US-DE",
    "US-FL", "US-GA", "US-GU", "US-HI", "US-IA", "US-ID", "US-IL", "US-IN", "US-KS", "US-KY",
    "US-LA", "US-MA", "US-MD", "US-ME", "US-MI", "US-MN", "US-MO", "US-MP", "US-MS", "US-MT",
    "US-NC", "US-ND", "US-NE", "US-NH", "US-NJ", "US-NM", "US-NV", "US-NY", "US-OH", "US-OK",
    "US-OR", "US-PA", "US-PR", "US-RI", "US-SC", "US-SD", "US-TN", "US-TX", "US-UM", "US-UT",
    "US-VA", "US-VI", "US-VT", "US-WA", "US-WI", "US-WV", "US-WY",
]
ISO_3166_2_CA = [
    "CA-AB", "CA-BC", "CA-MB", "CA-NB", "CA-NL", "CA-NS", "CA-NT", "CA-NU", "CA-ON", "CA-PE",
    "CA-QC", "CA-SK", "CA-YT",
]


def profile(tmp, name, markets, **more):
    p = os.path.join(tmp, name + ".json")
    d = {"id": name, "name": name, "date": "2026-12-08", "role": ["provider"], "markets": markets}
    d.update(more)
    with open(p, "w") as f:
        json.dump(d, f)
    return p


def markets(p):
    rc, out, err = run(AIGOV, "eval", "system.markets", "-p", p, "-f", "json")
    return json.loads(out)["value"] if rc == 0 else err


with tempfile.TemporaryDirectory() as tmp:
    ok(len(ISO_3166_1) == 249 and len(ISO_3166_2_US) == 57 and len(ISO_3166_2_CA) == 13, "the ISO lists are whole")
    # Every code is accepted, in one market list and one at a time (a refusal names the code).
    every = ISO_3166_1 + ["XK"] + ISO_3166_2_US + ISO_3166_2_CA
    rc, out, err = run(AIGOV, "check", profile(tmp, "all", every), "-f", "json")
    ok(rc == 0, "a market list of every ISO 3166-1 code and every US and Canadian subdivision is accepted: " + err[:500])
    rc, out, err = run(AIGOV, "corpus", "list", "regions", "-f", "json")
    known = set()
    for r in json.loads(out)["regions"]:
        known.add(r["code"])
    rc2, out2, _ = run(AIGOV, "corpus", "show", "US-PR", "-f", "json")
    ok(rc2 == 0 and json.loads(out2)["code"] == "PR", "US-PR (ISO 3166-2:US) is Puerto Rico, PR (ISO 3166-1)")
    missing = [c for c in ISO_3166_1 + ISO_3166_2_US + ISO_3166_2_CA
               if c not in known and c not in ("US-AS", "US-GU", "US-MP", "US-PR", "US-UM", "US-VI")]
    ok(not missing, "every ISO code is a region of its own (outlying areas under their ISO 3166-1 code): %s" % missing)

    # US-CT, the profile issue 25 found refused.
    m = markets(profile(tmp, "ct", ["US-CT"]))
    ok(isinstance(m, list) and "US-CT" in m and "US" in m, "US-CT is accepted and adds the US: %s" % m)

    # Names and aliases as users type them, in any case.
    m = markets(profile(tmp, "names", ["Germany", "uk", "connecticut", "Taiwan", "Hong Kong", "Québec", "USA"]))
    ok(isinstance(m, list) and all(c in m for c in ["DE", "EU", "GB", "US-CT", "TW", "HK", "CA-QC", "CA", "US"]),
       "names and aliases are read as their codes: %s" % m)
    m = markets(profile(tmp, "lower", ["de", "us-ny"]))
    ok(isinstance(m, list) and "DE" in m and "US-NY" in m, "a code in lower case is the code: %s" % m)

    # Territories: their parent's groups (EU law reaches Guadeloupe, not Greenland).
    m = markets(profile(tmp, "gp", ["GP"]))
    ok(isinstance(m, list) and "FR" in m and "EU" in m, "Guadeloupe is in France and so in the EU: %s" % m)
    m = markets(profile(tmp, "gl", ["GL"]))
    ok(isinstance(m, list) and "EU" not in m and "DK" not in m, "Greenland (an OCT) is not in the EU: %s" % m)
    m = markets(profile(tmp, "pr", ["US-PR"]))
    ok(isinstance(m, list) and "PR" in m and "US" in m, "US-PR is Puerto Rico, in the US: %s" % m)
    m = markets(profile(tmp, "us", ["US"]))
    ok(isinstance(m, list) and "US-CT" in m and "PR" in m and "US-DC" in m, "the US as a market holds every state and territory")
    m = markets(profile(tmp, "coe", ["North Macedonia", "XK"]))
    ok(isinstance(m, list) and "COE" in m and "MK" in m and "XK" in m, "names reach the groups (North Macedonia in the CoE): %s" % m)

    # A name two places share asks for the code; an unknown one suggests.
    rc, out, err = run(AIGOV, "check", profile(tmp, "ga", ["Georgia"]))
    ok(rc == 2 and "$.markets[0]: region 'Georgia' is ambiguous: GE (Georgia) or US-GA (Georgia); give the code" in err,
       "an ambiguous name is refused with both codes: " + err)
    rc, out, err = run(AIGOV, "check", profile(tmp, "typo", ["Conneticut"]))
    ok(rc == 2 and "unknown region 'Conneticut' (did you mean 'US-CT'?)" in err, "a misspelt name suggests its code: " + err)

    # corpus show takes a name too, and lists the aliases.
    rc, out, err = run(AIGOV, "corpus", "show", "Connecticut", "-f", "json")
    ok(rc == 0 and json.loads(out)["code"] == "US-CT", "corpus show Connecticut is US-CT")
    rc, out, err = run(AIGOV, "corpus", "show", "GB", "-f", "json")
    ok(rc == 0 and "UK" in json.loads(out)["aliases"], "corpus show GB lists the alias UK")

    # ask reads the same names through the same lookup (after the system's name and what the
    # organisation does, the markets).
    rc, out, err = run(AIGOV, "ask", "--date", "2026-12-08", stdin="x\ndevelops\nConnecticut, uk\nq\n")
    ok("unknown region" not in err and "Question 3" in err, "ask takes names for a market list: " + err[-400:])
    rc, out, err = run(AIGOV, "ask", "--date", "2026-12-08", stdin="x\ndevelops\nGeorgia\nq\n")
    ok("region 'Georgia' is ambiguous: GE (Georgia) or US-GA (Georgia); give the code" in err, "ask asks for the code of a shared name")

    # An alias may not be another region's code (it would make "CA" mean two places).
    import shutil
    corpus = os.path.join(tmp, "corpus")
    shutil.copytree(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus"), corpus)
    regs = os.path.join(corpus, "regions.yaml")
    with open(regs) as f:
        text = f.read()
    with open(regs, "w") as f:
        f.write(text.replace('aliases: ["United Kingdom of Great Britain', 'aliases: ["DE", "United Kingdom of Great Britain', 1))
    rc, out, err = run(AIGOV, "validate", "--corpus", corpus)
    ok(rc == 1 and "regions.yaml:" in err and "alias 'DE' of region 'GB' is the code of region 'DE'" in err,
       "an alias that is another region's code is a positioned error: " + err[:300])

sys.exit(finish())
