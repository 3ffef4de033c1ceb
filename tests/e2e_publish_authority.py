#!/usr/bin/env python3
"""Authority checked on everything an instrument published through the API claims (issue 18;
docs/api.md "Publishing"): who issues it (each co-issuer signs with its own token), the
topics, the jurisdiction, binding force, and what it revokes or amends. Each refusal names
the failing check; nothing refused reaches the served corpus or the audit log.

Usage: e2e_publish_authority.py PATH_TO_AIGOV"""
import hashlib
import json
import os
import sys
import tempfile

from serverlib import Server, Tally, token

T = Tally()
ok = T.ok

BASE = {"id": "nist-filing-guidance", "title": "Guidance on registry filings", "short_title": "NIST filing guidance",
        "issuer": ["nist"], "jurisdiction": "US", "modality": "standard", "form": "standard", "binding": "voluntary",
        "layers": ["deployment"], "topics": ["safety"], "adopted": "2026-11-01", "in_force": "2026-11-01",
        "text_version": "filing 1", "citations": ["https://www.nist.gov/"],
        "scope": [{"trigger": "providers of AI systems", "article": "Sec. 1", "when": 'sets.intersects(system.role, ["provider"])'}],
        "provisions": [{"id": "document-risks", "article": "Sec. 2", "kind": "recommendation", "addressee": ["provider"],
                        "actions": ["assess_ai_impact"], "summary": "Document the system's risks.", "when": "true"}]}


def cosign(tok, raw):
    """A co-issuer's signature of the exact body (docs/api.md, "Publishing"): BLAKE2b-256 keyed
    with the token's stored hash (BLAKE2b-256 of its secret keyed with "aigov-token-v1") over
    "aigov-cosign-v1", the length and the bytes."""
    _, tid, secret = tok.split("_", 2)
    m = hashlib.blake2b(key=hashlib.blake2b(secret.encode(), key=b"aigov-token-v1", digest_size=32).digest(), digest_size=32)
    m.update(b"aigov-cosign-v1" + len(raw).to_bytes(8, "big") + raw)
    return f"{tid}:{m.hexdigest()}"


def refused(srv, body, tok, check, text, cosigner=None, label=""):
    raw = json.dumps(body).encode()
    headers = {"Aigov-Cosign": cosign(cosigner, raw)} if cosigner else None
    st, doc, _, _ = srv.request("POST", "/v1/instruments", raw, token=tok, headers=headers)
    msg = (doc or {}).get("error", {}).get("message", "")
    ok(st == 403 and doc["error"]["code"] == "no_authority" and msg.startswith(check + " check failed") and text in msg,
       f"{label}: expected 403 no_authority '{check}' mentioning {text!r}, got {st} {doc}")
    st, _, _, _ = srv.request("GET", f"/v1/instruments/{body['id']}")
    ok(st == 404, f"{label}: the refused instrument is not served")


def main():
    aigov = sys.argv[1]
    with tempfile.TemporaryDirectory() as d:
        db = os.path.join(d, "r.db")
        nist, openai, congress = token(aigov, db, "nist"), token(aigov, db, "openai"), token(aigov, db, "us-congress")
        srv = Server(aigov, db)
        try:
            refused(srv, dict(BASE, issuer=["nist", "openai"]), nist, "issuer", "'openai' is named as an issuer but did not sign",
                    label="a co-issuer named without its signature")
            refused(srv, dict(BASE, issuer=["nist", "openai"]), nist, "standing", "issuer 'openai' holds no delegated authority",
                    cosigner=openai, label="a co-issuer that signs but holds no authority")
            refused(srv, dict(BASE, jurisdiction="DE"), nist, "jurisdiction", "holds authority in US, not in DE",
                    label="a US agency publishing for Germany")
            refused(srv, dict(BASE, binding="binding"), nist, "binding", "authorized to make law in US",
                    label="a mandated agency publishing binding law")
            refused(srv, dict(BASE, relations=[{"type": "revokes", "target": "eu-ai-act"}]), nist, "relation",
                    "revokes 'eu-ai-act'", label="revoking another issuer's law")
            refused(srv, dict(BASE, amendments=[{"provision": "eu-ai-act/art4-ai-literacy", "article": "Sec. 3",
                                                 "from": "2026-12-01", "set": {"summary": "nothing"}}]),
                    nist, "relation", "amends 'eu-ai-act/art4-ai-literacy'", label="amending another issuer's provision")
            st, doc, _, _ = srv.request("POST", "/v1/instruments", dict(BASE, id="intl-filing-note", jurisdiction="INTL"), token=nist)
            ok(st == 201, f"a voluntary international instrument within the topics: 201 ({st} {doc})")
            law = dict(BASE, id="us-ai-filing-act", title="AI Filing Act", short_title="AI Filing Act", modality="domestic_law",
                       form="special_law", binding="binding", issuer=["us-congress"],
                       provisions=[dict(BASE["provisions"][0], kind="obligation")])
            st, doc, _, _ = srv.request("POST", "/v1/instruments", law, token=congress)
            ok(st == 201, f"binding law by an issuer authorized by its public: 201 ({st} {doc})")
            joint = json.dumps(dict(BASE, id="joint-note", issuer=["nist", "us-congress"])).encode()
            # Issue 27, 4: the co-issuer's token is never sent; its signature of these very bytes is.
            st, doc, _, _ = srv.request("POST", "/v1/instruments", joint, token=nist, headers={"Aigov-Cosign": congress})
            ok(st == 400 and "never its token" in doc["error"]["message"], f"a co-issuer's token in Aigov-Cosign: 400 ({st} {doc})")
            other = json.dumps(dict(BASE, id="joint-note", issuer=["nist", "us-congress"], title="Another text")).encode()
            st, doc, _, _ = srv.request("POST", "/v1/instruments", other, token=nist, headers={"Aigov-Cosign": cosign(congress, joint)})
            ok(st == 401, f"a co-signature of other bytes: 401 ({st} {doc})")
            st, doc, _, _ = srv.request("POST", "/v1/instruments", joint, token=nist, headers={"Aigov-Cosign": cosign(congress, joint)})
            ok(st == 201, f"a co-issued instrument, each issuer signing: 201 ({st} {doc})")
            st, doc, _, _ = srv.request("POST", "/v1/instruments", dict(BASE, id="x-note"), token=nist,
                                        headers={"Aigov-Cosign": "0123456789abcdef:" + "00" * 32})
            ok(st == 401, f"a bad co-signature: 401 ({st} {doc})")
            st, doc, _, _ = srv.request("GET", "/v1/audit?limit=1000")
            pubs = [e for e in doc["entries"] if e["action"] == "instrument.publish"]
            ok(len(pubs) == 3, f"only the three accepted instruments are audited: {len(pubs)}")
        finally:
            code, err = srv.stop()
            ok(code == 0, f"server stopped cleanly: {code} {err[-300:]}")
    T.finish()


if __name__ == "__main__":
    main()
