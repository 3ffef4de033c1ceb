#!/usr/bin/env python3
"""gen_corpus_md.py — regenerates the counted parts of docs/corpus.md from the corpus itself,
so that no figure in it is written by hand: the Coverage tables and the Instruments table,
between the markers <!-- BEGIN GENERATED: NAME --> and <!-- END GENERATED: NAME -->.

Usage: gen_corpus_md.py PATH_TO_AIGOV [--check] [--corpus DIR] [--doc FILE]
  (no flag)  rewrite docs/corpus.md in place
  --check    exit 1 and show what differs when docs/corpus.md is stale (tests run this)
Everything comes from `aigov corpus stats --format json`, `aigov corpus list --format json`
and `aigov corpus show REGION --format json`."""
import difflib
import json
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "corpus.md"


def aigov(exe, corpus, *args):
    cmd = [exe, *args] + (["--corpus", corpus] if corpus else [])
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if p.returncode != 0:
        sys.exit(f"gen_corpus_md: {' '.join(cmd)} failed: {p.stderr}")
    return json.loads(p.stdout)


def coverage(exe, corpus):
    st = aigov(exe, corpus, "corpus", "stats", "--format", "json")
    out = ["Counts generated from `aigov corpus stats --format json` by `scripts/gen_corpus_md.py`",
           "(a test fails when they are stale; rerun the script after any change to the corpus):", "",
           "| | count |", "|---|---|"]
    rows = [("instruments", st["instruments"]),
            ("instruments with a recorded verification (`verified:`)", st.get("instruments_verified", 0)),
            ("provisions", st["provisions"]), ("scope triggers", st["triggers"]), ("exemptions", st["exemptions"]),
            ("amendments (dated changes to provisions of another instrument)", st["amendments"]),
            ("actors", st["actors"]), ("delegations", st["delegations"]),
            ("regions and region groups", st["regions"]), ("profile fields", st["profile_fields"])]
    out += [f"| {k} | {v} |" for k, v in rows]
    out += ["", "**By modality** (Veale et al.'s six modalities of AI governance):", "",
            "| modality | instruments |", "|---|---|"]
    for k, v in sorted(st["by_modality"].items(), key=lambda kv: (-kv[1], kv[0])):
        out.append(f"| `{k}` | {v} |")
    meaning = {
        "binding": "law that binds its addressees (for a treaty: the States that are Parties)",
        "voluntary": "soft law, principles, standards, commitments: nobody is bound unless they sign up or claim conformity",
        "contractual": "model licences: binding on the licensee by contract, not by law",
    }
    out += ["", "**By binding force:**", "", "| binding | instruments | what it means in a report |", "|---|---|---|"]
    for k in ("binding", "voluntary", "contractual"):
        out.append(f"| `{k}` | {st['by_binding'].get(k, 0)} | {meaning[k]} |")
    bk = st.get("provisions_by_binding_and_kind", {})
    out += ["", "**Provisions by the binding force of their instrument and their kind:**", "",
            "| binding | obligation | prohibition | permission | recommendation |", "|---|---|---|---|---|"]
    for k in ("binding", "voluntary", "contractual"):
        kinds = bk.get(k, {})
        out.append(f"| `{k}` | " + " | ".join(str(kinds.get(x, 0)) for x in ("obligation", "prohibition", "permission", "recommendation")) + " |")
    out += ["", "**By jurisdiction:**", "", "| jurisdiction | instruments |", "|---|---|"]
    for code, n in sorted(st["by_jurisdiction"].items(), key=lambda kv: (-kv[1], kv[0])):
        name = "international and transnational" if code == "INTL" else aigov(exe, corpus, "corpus", "show", code, "--format", "json")["name"]
        out.append(f"| `{code}` ({name}) | {n} |")
    lay = st["by_layer"]
    out += ["", "**By layer** (an instrument may cover several): " +
            ", ".join(f"{k} {lay[k]}" for k in ("development", "deployment", "infrastructure")) + "."]
    return out


def instruments(exe, corpus):
    ls = aigov(exe, corpus, "corpus", "list", "--format", "json")["instruments"]
    out = ["| id | title | jurisdiction | modality | binding | text version modelled | official source | modelled | verified |",
           "|---|---|---|---|---|---|---|---|---|"]
    for i in sorted(ls, key=lambda x: x["id"]):
        np, na = i["provisions_count"], i.get("amendments_count", 0)
        parts = ([f"{np} provision{'s' if np != 1 else ''}"] if np else []) + ([f"{na} amendment{'s' if na != 1 else ''}"] if na else [])
        title = (i["short_title"] or i["title"]).replace("|", "\\|")
        tv = i["text_version"].replace("|", "\\|")
        urls = [m.group(0).rstrip(").,;") for c in i["citations"] for m in [re.search(r"https?://\S+", c)] if m]
        src = f"<{urls[0]}>" if urls else i["citations"][0].replace("|", "\\|")
        out.append(f"| `{i['id']}` | {title} | {i['jurisdiction']} | {i['modality']} | {i['binding']} | {tv} | "
                   f"{src} | {', '.join(parts) or 'no provisions'} | {i.get('verified') or 'not recorded'} |")
    return out


def regenerate(text, exe, corpus):
    for name, fn in (("coverage", coverage), ("instruments", instruments)):
        begin, end = f"<!-- BEGIN GENERATED: {name} -->", f"<!-- END GENERATED: {name} -->"
        pat = re.compile(re.escape(begin) + r"\n.*?" + re.escape(end), re.S)
        if not pat.search(text):
            sys.exit(f"gen_corpus_md: docs/corpus.md has no '{begin}' ... '{end}' section")
        body = "\n".join(fn(exe, corpus))
        text = pat.sub(lambda _m: f"{begin}\n{body}\n{end}", text)
    return text


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    exe = str(pathlib.Path(args[0]).resolve())
    corpus = args[args.index("--corpus") + 1] if "--corpus" in args else None
    doc = pathlib.Path(args[args.index("--doc") + 1]) if "--doc" in args else DOC
    old = doc.read_text()
    new = regenerate(old, exe, corpus)
    if "--check" in args:
        if new != old:
            diff = "".join(difflib.unified_diff(old.splitlines(True), new.splitlines(True), "docs/corpus.md", "generated"))
            print("docs/corpus.md is stale: run scripts/gen_corpus_md.py build/aigov\n" + diff[:6000])
            return 1
        print("docs/corpus.md is current")
        return 0
    doc.write_text(new)
    return 0


if __name__ == "__main__":
    sys.exit(main())
