"""aigov — which AI governance obligations apply to an AI system, over libaigov (docs/python.md).

    import aigov
    r = aigov.check("examples/cv-screener-us-to-eu.json")
    r.summary.binding_applies, [p.id for p in r.provisions if p.status == "unknown"]

The package calls the C library through ctypes (aigov/_lib.py says why and where it looks
for libaigov.so). Results are dataclasses built from the library's JSON (docs/check-json.md),
so that they carry exactly what `aigov check --format json` says; errors are AigovError
exceptions carrying the library's diagnostics, formatted as the command line prints them
(file:line:col, the source line, did-you-mean)."""
import ctypes
import html
import json
import os
import threading
from dataclasses import dataclass, field
from typing import List, Optional

from . import _lib

__version__ = "0.1.0"
__all__ = ["AigovError", "Diagnostic", "Corpus", "CheckResult", "Summary", "Instrument", "Provision", "Question",
           "check", "legitimacy", "map", "gaps", "conflicts", "divergence", "whatif", "corpus", "library_path"]

STATUS_NAMES = ["ok", "nomem", "io", "syntax", "type", "invalid", "limit", "notfound", "usage"]


@dataclass(frozen=True)
class Diagnostic:
    """One problem the library found: where (file, line, col; or json_path) and what."""
    file: str
    line: int
    col: int
    json_path: str
    message: str
    text: str  # formatted as the command line prints it


class AigovError(Exception):
    """An error of the library: `status` ("syntax", "invalid", "usage", ...) and the
    diagnostics; str() is what `aigov` prints on stderr."""

    def __init__(self, status, diagnostics, dropped=0):
        self.status = status
        self.diagnostics = list(diagnostics)
        text = "".join(d.text for d in self.diagnostics).rstrip("\n")
        if dropped:
            text += f"\naigov: {dropped} more error{'s' if dropped != 1 else ''} not shown"
        super().__init__(text or f"aigov: {status}")


class _Diags:
    """A diagnostics list for one call (aigov_diags), turned into an AigovError on failure."""

    def __init__(self, cap=100):
        self.d = _lib.Diags()
        _lib.lib().aigov_diags_init(ctypes.byref(self.d), cap)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        _lib.lib().aigov_diags_free(ctypes.byref(self.d))

    @property
    def ref(self):
        return ctypes.byref(self.d)

    def error(self, status):
        lb = _lib.lib()
        out = []
        for i in range(self.d.n):
            it = self.d.items[i]
            text = _lib.take_string(lb.aigov_diag_format(ctypes.byref(it))) or ""
            out.append(Diagnostic(it.file.decode("utf-8", "replace"), it.line, it.col, it.json_path.decode("utf-8", "replace"),
                                  it.message.decode("utf-8", "replace"), text))
        name = STATUS_NAMES[status] if 0 <= status < len(STATUS_NAMES) else str(status)
        return AigovError(name, out, self.d.dropped)


def _call_render(fn, *args, cap=100):
    """Calls a function that returns a malloc'd rendering, with diagnostics and a status
    pointer as its last two arguments; the text, or AigovError."""
    st = ctypes.c_int(0)
    with _Diags(cap) as d:
        ptr = fn(*args, d.ref, ctypes.byref(st))
        if not ptr:
            raise d.error(st.value or 1)
        return _lib.take_string(ptr)


def library_path():
    """The path of the libaigov.so this package loads."""
    return _lib.find()


# ---- Results -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Summary:
    """The counts of a check (docs/check-json.md, "summary")."""
    instruments: int = 0
    applies: int = 0
    applies_from: int = 0
    unknown: int = 0
    exempt: int = 0
    revoked: int = 0
    binding_applies: int = 0
    prohibited: int = 0
    conflicts: int = 0
    banned: int = 0
    binding_applies_from: int = 0
    binding_unknown: int = 0

    @classmethod
    def from_json(cls, d):
        return cls(**{k: d[k] for k in cls.__dataclass_fields__ if k in d})


@dataclass(frozen=True)
class Provision:
    """A provision's status for the system: applies, applies_from (date), unknown (questions
    decide it), exempt, revoked or not_applicable; with its provenance."""
    id: str
    instrument: str
    article: str
    kind: str
    status: str
    date: Optional[str]
    binding: str
    modality: str
    summary: str
    addressee: List[str]
    actions: List[str]
    topics: List[str]
    layers: List[str]
    deciding_fields: List[str]
    questions: List[str]
    citation: str
    text_version: str
    exempted_by: Optional[str]
    jurisdiction: str

    @property
    def applies_now(self):
        return self.status == "applies"


@dataclass(frozen=True)
class Instrument:
    """An instrument that reaches (reach "true") or may reach ("unknown") the system."""
    id: str
    title: str
    short_title: Optional[str]
    jurisdiction: str
    issuer: List[str]
    binding: str
    modality: str
    form: str
    reach: str
    citations: List[str]
    provisions: List[Provision]


@dataclass(frozen=True)
class Question:
    """A profile field whose answer decides provisions (Q1 decides the most)."""
    number: str
    id: str
    field: str
    text: str
    type: str
    choices: List[tuple]
    binding: bool
    decides: int
    decides_binding: int
    provisions: List[str]
    current: Optional[str] = None


def _provision(p, inst):
    prov = p.get("provenance", {})
    ex = p.get("exempted_by")
    return Provision(p["id"], inst["id"], p["article"], p["kind"], p["status"], p.get("date"), p["binding"], p["modality"],
                     p["summary"], p["addressee"], p["actions"], p["topics"], p["layers"], p["deciding_fields"], p["questions"],
                     prov.get("citation", ""), prov.get("text_version", ""), ex["id"] if ex else None, inst["jurisdiction"])


@dataclass
class CheckResult:
    """What `aigov check` says of one profile: the summary, the instruments with their
    provisions, the questions that decide the rest, the conflicts. `json` is the whole JSON
    document (docs/check-json.md)."""
    profile: dict
    summary: Summary
    instruments: List[Instrument]
    questions: List[Question]
    conflicts: List[dict]
    undecided_binding: int
    json: dict = field(repr=False)

    @classmethod
    def from_json(cls, d):
        insts = [Instrument(i["id"], i["title"], i.get("short_title"), i["jurisdiction"], i["issuer"], i["binding"], i["modality"],
                            i["form"], i["reach"], i["citations"], [_provision(p, i) for p in i["provisions"]])
                 for i in d["instruments"]]
        qs = [Question(q["number"], q["id"], q["field"], q["text"], q["type"], [(c["value"], c["label"]) for c in q["choices"]],
                       q["binding"], q["decides"], q["decides_binding"], q["provisions"], q.get("current"))
              for q in d["questions"]]
        return cls(d["profile"], Summary.from_json(d["summary"]), insts, qs, d["conflicts"], d["undecided_binding"], d)

    @property
    def provisions(self):
        """Every provision listed, over all instruments."""
        return [p for i in self.instruments for p in i.provisions]

    def binding_now(self):
        """The binding provisions that apply now."""
        return [p for p in self.provisions if p.binding == "binding" and p.status == "applies"]

    def to_dataframe(self):
        """One row per provision (needs pandas): profile, instrument, jurisdiction, binding,
        id, article, kind, status, date, questions."""
        pd = _pandas()
        rows = [{"profile": self.profile["id"], "instrument": p.instrument, "jurisdiction": p.jurisdiction, "binding": p.binding,
                 "provision": p.id, "article": p.article, "kind": p.kind, "status": p.status, "date": p.date,
                 "questions": ", ".join(p.questions)} for p in self.provisions]
        return pd.DataFrame(rows, columns=["profile", "instrument", "jurisdiction", "binding", "provision", "article", "kind",
                                           "status", "date", "questions"])

    def _repr_html_(self):
        s = self.summary
        e = html.escape
        rows = "".join(f"<tr><td>{e(p.status)}</td><td>{e(p.instrument)}</td><td>{e(p.article)}</td><td>{e(p.summary[:160])}</td></tr>"
                       for p in self.provisions if p.binding == "binding" and p.status in ("applies", "applies_from", "unknown"))
        qs = "".join(f"<li>{e(q.number)}: {e(q.text)} (<code>{e(q.field)}</code>)</li>" for q in self.questions)
        return (f"<div><b>{e(str(self.profile.get('name')))}</b> on {e(str(self.profile.get('date')))}: "
                f"{s.banned} banned, {s.binding_applies} binding apply now, {s.binding_applies_from} later, "
                f"{self.undecided_binding} undecided"
                f"<table><tr><th>status</th><th>instrument</th><th>article</th><th>summary</th></tr>{rows}</table>"
                + (f"<p>Questions:</p><ol>{qs}</ol>" if qs else "") + "</div>")


def _pandas():
    try:
        import pandas
    except ImportError as e:
        raise ImportError("to_dataframe() needs pandas (Debian: python3-pandas; pip: pandas)") from e
    return pandas


# ---- The corpus and checks ---------------------------------------------------------------

def _profile_text(profile):
    """(name, JSON text) of a profile given as a dict, a JSON string or a path."""
    if isinstance(profile, dict):
        return "<dict>", json.dumps(profile)
    if isinstance(profile, (bytes, bytearray)):
        return "<bytes>", profile.decode("utf-8")
    if isinstance(profile, os.PathLike) or (isinstance(profile, str) and not profile.lstrip().startswith("{")):
        path = os.fspath(profile)
        with open(path, encoding="utf-8") as f:
            return path, f.read()
    if isinstance(profile, str):
        return "<string>", profile
    raise TypeError(f"a profile is a dict, a JSON string or a path, not {type(profile).__name__}")


def _roles(roles):
    if roles is None:
        return None
    return roles if isinstance(roles, str) else ",".join(roles)


class Corpus:
    """A loaded corpus: the one built into libaigov (Corpus()), a directory
    (Corpus("corpus/")), either with a what-if overlay (overlay="file.yaml"). Immutable and
    safe to share between threads."""

    def __init__(self, path=None, overlay=None):
        lb = _lib.lib()
        self._lib = lb
        out = ctypes.c_void_p()
        with _Diags() as d:
            if overlay is not None:
                with open(overlay, encoding="utf-8") as f:
                    text = f.read().encode("utf-8")
                st = lb.aigov_corpus_load_with_overlay(_lib.enc(path), _lib.enc(overlay), text, len(text), ctypes.byref(out), d.ref)
            elif path is not None:
                st = lb.aigov_corpus_load_dir(_lib.enc(path), ctypes.byref(out), d.ref)
            else:
                st = lb.aigov_corpus_load_builtin(ctypes.byref(out), d.ref)
            if st != 0:
                raise d.error(st)
        self._c = out.value
        self.source = path or "built-in"
        self._cache = {}

    def __del__(self):
        c, self._c = getattr(self, "_c", None), None
        if c and _lib._lib is not None:
            self._lib.aigov_corpus_free(c)

    def __repr__(self):
        return f"<aigov.Corpus {self.source}: {len(self.instruments)} instruments>"

    def _render(self, what, id=None):
        key = (what, id)
        if key not in self._cache:
            with _Diags(10) as d:
                ptr = self._lib.aigov_corpus_render(self._c, _lib.enc(what), _lib.enc(id), b"json", d.ref)
                if not ptr:
                    raise d.error(7)
                self._cache[key] = json.loads(_lib.take_string(ptr))
        return self._cache[key]

    @property
    def instruments(self):
        """Every instrument (dicts as `aigov corpus list --format json` gives them)."""
        return self._render("instruments")["instruments"]

    @property
    def actors(self):
        return self._render("actors")["actors"]

    @property
    def regions(self):
        return self._render("regions")["regions"]

    @property
    def provisions(self):
        """Every provision, each with its instrument's id (as `aigov corpus show` gives them)."""
        if "provisions" not in self._cache:
            out = []
            for i in self.instruments:
                for p in self.show(i["id"]).get("provisions", []):
                    out.append(dict(p, instrument=i["id"]))
            self._cache["provisions"] = out
        return self._cache["provisions"]

    def show(self, id):
        """One instrument, provision ("instrument/provision"), actor or region, as a dict."""
        return self._render("show", id)

    def stats(self):
        return self._render("stats")

    def export(self, format="oscal-catalog"):
        """The corpus in another format (docs/oscal.md): "oscal-catalog", as a dict."""
        return json.loads(_call_render(self._lib.aigov_corpus_export, self._c, _lib.enc(format)))

    def to_dataframe(self, what="instruments"):
        """instruments, provisions, actors or regions as a pandas DataFrame (needs pandas)."""
        pd = _pandas()
        if what not in ("instruments", "provisions", "actors", "regions"):
            raise ValueError(f"to_dataframe of instruments, provisions, actors or regions, not {what!r}")
        return pd.DataFrame(getattr(self, what))

    def _profile(self, profile, date):
        name, text = _profile_text(profile)
        data = text.encode("utf-8")
        out = ctypes.c_void_p()
        with _Diags() as d:
            st = self._lib.aigov_profile_parse(self._c, _lib.enc(name), data, len(data), _lib.enc(date), ctypes.byref(out), d.ref)
            if st != 0:
                raise d.error(st)
        return out.value

    def _result(self, p, roles, all):
        opts = _lib.CheckOpts(_lib.enc(_roles(roles)), bool(all))
        out = ctypes.c_void_p()
        with _Diags() as d:
            st = self._lib.aigov_check(self._c, p, ctypes.byref(opts), ctypes.byref(out), d.ref)
            if st != 0:
                raise d.error(st)
        return out.value

    def check(self, profile, date=None, roles=None, all=False):
        """Checks one profile (a dict, a JSON string or a path): a CheckResult. date
        (YYYY-MM-DD) overrides the profile's; roles (a list or "a,b") replace its roles; all
        also lists the provisions that do not apply."""
        return CheckResult.from_json(json.loads(self.check_json(profile, date, roles, all)))

    def check_json(self, profile, date=None, roles=None, all=False):
        """The JSON text `aigov check --format json` prints for the profile."""
        p = self._profile(profile, date)
        try:
            r = self._result(p, roles, all)
            try:
                return _lib.take_string(self._lib.aigov_result_render(r, b"json"))
            finally:
                self._lib.aigov_result_free(r)
        finally:
            self._lib.aigov_profile_free(p)

    def summary(self, profile, date=None, roles=None):
        """Only the counts of a check (no report rendered): fast, for many profiles."""
        p = self._profile(profile, date)
        try:
            r = self._result(p, roles, False)
            try:
                n = _lib.Counts()
                self._lib.aigov_result_counts_get(r, ctypes.byref(n))
                return Summary(**{k: getattr(n, k) for k in Summary.__dataclass_fields__})
            finally:
                self._lib.aigov_result_free(r)
        finally:
            self._lib.aigov_profile_free(p)

    # The regime complex's analyses (docs/analysis.md): each returns the JSON as a dict, or
    # the text of another format.
    def _analysis(self, name, format, **args):
        a = _lib.AnalysisArgs(*(_lib.enc(args.get(k)) for k in ("date", "id", "topic", "layer", "jurisdiction", "limit")))
        text = _call_render(self._lib.aigov_analysis_run, self._c, name.encode(), ctypes.byref(a), format.encode())
        return json.loads(text) if format == "json" else text

    def map(self, date=None, topic=None, layer=None, jurisdiction=None, limit=None, format="json"):
        return self._analysis("map", format, date=date, topic=topic, layer=layer, jurisdiction=jurisdiction, limit=limit)

    def gaps(self, date=None, topic=None, layer=None, jurisdiction=None, limit=None, format="json"):
        return self._analysis("gaps", format, date=date, topic=topic, layer=layer, jurisdiction=jurisdiction, limit=limit)

    def conflicts(self, date=None, topic=None, layer=None, jurisdiction=None, format="json"):
        return self._analysis("conflicts", format, date=date, topic=topic, layer=layer, jurisdiction=jurisdiction)

    def divergence(self, instrument, date=None, format="json"):
        return self._analysis("divergence", format, date=date, id=instrument)

    def whatif(self, overlay, profiles=None, date=None, format="json"):
        """What an overlay (a YAML file, docs/overlay.md) changes; profiles: dicts or paths whose
        obligations are compared."""
        b = Corpus(None if self.source == "built-in" else self.source, overlay=overlay)
        lines = "".join(json.dumps(json.loads(_profile_text(p)[1])) + "\n" for p in profiles or []).encode("utf-8")
        o = _lib.AnalysisOpts(_lib.enc(date), None, None, None, None, 0)
        text = _call_render(self._lib.aigov_whatif, self._c, b._c, lines or None, len(lines), ctypes.byref(o), format.encode())
        return json.loads(text) if format == "json" else text

    def legitimacy(self, id=None, date=None, topic=None, revoke=None, criteria=None, format="json"):
        """Legitimacy chains, modes and defects (docs/legitimacy.md) of an actor or instrument
        (id), or of every instrument; revoke: delegation ids for the what-if cascade;
        criteria: the path of a criterion file replacing the built-in one."""
        crit = None
        if criteria is not None:
            with open(criteria, encoding="utf-8") as f:
                crit = f.read().encode("utf-8")
        rv = list(revoke or [])
        arr = (ctypes.c_char_p * max(1, len(rv)))(*[_lib.enc(x) for x in rv])
        o = _lib.LegitimacyOpts(_lib.enc(id), _lib.enc(date), _lib.enc(topic), _lib.enc(criteria), crit, len(crit or b""),
                                arr if rv else None, len(rv))
        text = _call_render(self._lib.aigov_legitimacy, self._c, ctypes.byref(o), format.encode())
        return json.loads(text) if format == "json" else text


_default = None
_default_lock = threading.Lock()


def corpus():
    """The built-in corpus, loaded once and shared."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Corpus()
    return _default


def check(profile, date=None, roles=None, all=False):
    """Checks a profile (a dict, a JSON string or a path) against the built-in corpus."""
    return corpus().check(profile, date=date, roles=roles, all=all)


def legitimacy(id=None, date=None, topic=None, revoke=None, criteria=None, format="json"):
    return corpus().legitimacy(id, date=date, topic=topic, revoke=revoke, criteria=criteria, format=format)


def map(date=None, topic=None, layer=None, jurisdiction=None, limit=None, format="json"):  # noqa: A001 (the command's name)
    return corpus().map(date=date, topic=topic, layer=layer, jurisdiction=jurisdiction, limit=limit, format=format)


def gaps(date=None, topic=None, layer=None, jurisdiction=None, limit=None, format="json"):
    return corpus().gaps(date=date, topic=topic, layer=layer, jurisdiction=jurisdiction, limit=limit, format=format)


def conflicts(date=None, topic=None, layer=None, jurisdiction=None, format="json"):
    return corpus().conflicts(date=date, topic=topic, layer=layer, jurisdiction=jurisdiction, format=format)


def divergence(instrument, date=None, format="json"):
    return corpus().divergence(instrument, date=date, format=format)


def whatif(overlay, profiles=None, date=None, format="json"):
    return corpus().whatif(overlay, profiles=profiles, date=date, format=format)
