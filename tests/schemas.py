"""Validation of aigov's exports against the published schemas in tests/schemas/ (README
there): NIST OSCAL 1.0.6 and OASIS SARIF 2.1.0, with Debian's python3-jsonschema. The OSCAL
schemas' patterns use Unicode classes (\\p{L}) that Python's re refuses: the `pattern`
keyword is checked with the regex module, which has them."""
import json
import os

import jsonschema
import regex

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "schemas")
OSCAL = {"catalog": "oscal_catalog_schema.json", "profile": "oscal_profile_schema.json",
         "assessment-results": "oscal_assessment-results_schema.json"}


def _pattern(validator, pattern, instance, schema):
    if isinstance(instance, str) and not regex.search(pattern, instance):
        yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


_Draft7U = jsonschema.validators.extend(jsonschema.Draft7Validator, {"pattern": _pattern})
_cache = {}


def _validator(kind):
    if kind not in _cache:
        if kind == "sarif":
            with open(os.path.join(HERE, "sarif-2.1.0", "sarif-schema-2.1.0.json")) as f:
                _cache[kind] = jsonschema.Draft4Validator(json.load(f))
        else:
            with open(os.path.join(HERE, "oscal-1.0.6", OSCAL[kind])) as f:
                _cache[kind] = _Draft7U(json.load(f))
    return _cache[kind]


def errors(kind, doc, limit=5):
    """The first `limit` schema errors of doc (a parsed document) as readable lines; kind is
    "sarif" or an OSCAL model ("catalog", "profile", "assessment-results")."""
    out = []
    for e in _validator(kind).iter_errors(doc):
        out.append(f"{'/'.join(str(p) for p in e.absolute_path)}: {e.message[:300]}")
        if len(out) >= limit:
            break
    return out
