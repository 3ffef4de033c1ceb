#!/usr/bin/env python3
"""The web page of `aigov serve` as a workplace, driven in headless Chromium (Debian's
`chromium`) over the Chrome DevTools protocol on a pipe (--remote-debugging-pipe: no extra
package, no port). The Check tab's interview from a blank profile: three questions answered,
the counts move, the shareable link reloads to the same result. Then the operator (the
token the first start prints) signs in, registers an organisation and makes its token; the
organisation signs in, files a system through the interview, adds evidence and an
attestation, and sees 100 % of binding obligations met. Every tab is visited and saved as a
screenshot at 1280 and 390 px wide under the build directory (web-TAB-WIDTH.png); a tab or
feature that has disappeared is a failure, not a skipped block. Every example opens
through the picker with the CLI's counts, and a console error or uncaught exception on
any page fails the test.
Usage: e2e_web.py PATH_TO_AIGOV"""
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serverlib import ROOT, Server, Tally  # noqa: E402

AIGOV = os.path.abspath(sys.argv[1])
OUT = os.path.dirname(AIGOV)
T = Tally()
ok = T.ok
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
tmp = tempfile.mkdtemp(prefix="aigov-web-")
db = os.path.join(tmp, "registry.db")
srv = Server(AIGOV, db, "--date", "2026-11-28")
OPERATOR = srv.operator_token
ok(OPERATOR is not None, "the first start prints an operator token")


class Browser:
    """Chromium with the DevTools protocol on fds 3 (commands in) and 4 (replies out)."""

    def __init__(self):
        cmd_r, self.cmd_w = os.pipe()
        self.resp_r, resp_w = os.pipe()

        def child():
            os.dup2(cmd_r, 3)
            os.dup2(resp_w, 4)

        self.proc = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
             f"--user-data-dir={tmp}/profile", "--remote-debugging-pipe", "--window-size=1440,900", "about:blank"],
            preexec_fn=child, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(cmd_r)
        os.close(resp_w)
        self.buf = b""
        self.next_id = 0
        self.session = None
        self.errors = []

    def send(self, method, params=None, timeout=60):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if self.session:
            msg["sessionId"] = self.session
        os.write(self.cmd_w, json.dumps(msg).encode() + b"\0")
        deadline = time.time() + timeout
        while time.time() < deadline:
            while b"\0" in self.buf:
                raw, self.buf = self.buf.split(b"\0", 1)
                reply = json.loads(raw)
                self.event(reply)
                if reply.get("id") == self.next_id:
                    if "error" in reply:
                        raise RuntimeError(f"{method}: {reply['error']}")
                    return reply.get("result", {})
            chunk = os.read(self.resp_r, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buf += chunk
        raise RuntimeError(f"{method}: no reply")

    def event(self, msg):
        """Keeps the page's uncaught exceptions and console errors (the test fails on any)."""
        m, p = msg.get("method"), msg.get("params", {})
        if m == "Runtime.exceptionThrown":
            d = p.get("exceptionDetails", {})
            self.errors.append(f"exception: {d.get('text')} {(d.get('exception') or {}).get('description', '')}"[:400])
        elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
            self.errors.append("console." + p["type"] + ": " + " ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", []))[:400])

    def js(self, expr):
        r = self.send("Runtime.evaluate", {"expression": expr, "awaitPromise": True, "returnByValue": True})
        if "exceptionDetails" in r:
            raise RuntimeError(f"{expr}: {r['exceptionDetails']}")
        return r["result"].get("value")

    def wait(self, expr, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                if self.js(expr):
                    return True
            except RuntimeError:
                pass  # the page is still loading
            time.sleep(0.1)
        return False

    def screenshot(self, name):
        png = base64.b64decode(self.send("Page.captureScreenshot", {"format": "png"}, timeout=120)["data"])
        path = os.path.join(OUT, name)
        with open(path, "wb") as f:
            f.write(png)
        return path, png

    def close(self):
        try:
            self.session = None
            self.send("Browser.close", timeout=10)
        except (RuntimeError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()



def settle():
    """Waits until the page has nothing loading (no 'loading…' placeholder)."""
    return b.wait("document.readyState === 'complete' && !/^loading/.test(document.getElementById('view').innerText.trim())", 60)


def width(w):
    b.send("Emulation.setDeviceMetricsOverride", {"width": w, "height": 900 if w > 500 else 844,
                                                 "deviceScaleFactor": 1, "mobile": w <= 500})


def go(hash_):
    b.js(f"location.hash = {json.dumps(hash_)}")
    time.sleep(0.2)
    return settle()


SHOTS = []


def shoot(name):
    """Screenshots of the current view at 1280 and 390 px wide."""
    for w in (1280, 390):
        width(w)
        time.sleep(0.4)
        path, png = b.screenshot(f"web-{name}-{w}.png")
        SHOTS.append((path, len(png)))
        ok(png.startswith(b"\x89PNG") and len(png) > 5000, f"screenshot {path} ({len(png)} bytes)")
        ok(b.js("document.documentElement.scrollWidth <= window.innerWidth + 1"),
           f"{name} at {w} px: nothing wider than the screen ({b.js('document.documentElement.scrollWidth')} px)")
    width(1280)


def counts():
    return b.js("Object.fromEntries([...document.querySelectorAll('#check-pane [data-count]')].map(e => [e.dataset.count, (e.querySelector('b') || e).textContent]))")


def seq():
    return b.js("Number(document.getElementById('result') && document.getElementById('result').dataset.seq || 0)")


# Answers the question of `field` with its control, whatever its type.
ANSWER_JS = r"""(async (field, value) => {
  let card = document.querySelector(`.qcard[data-field="${field}"]`);
  if (!card) return "no question " + field;
  const det = card.closest("details"); if (det) det.open = true;
  const open = card.querySelector("button.ghost.small");
  if (!card.querySelector(".ctl") && open) { open.click(); card = document.querySelector(`.qcard[data-field="${field}"]`); }
  const ctl = card.querySelector(".ctl"), kind = ctl.dataset.kind;
  const vals = Array.isArray(value) ? value : [value];
  if (typeof value === "boolean") { ctl.querySelector(`button[data-value="${value}"]`).click(); return kind; }
  if (kind === "term") { const s = ctl.querySelector("select"); s.value = vals[0]; s.dispatchEvent(new Event("change")); return kind; }
  if (kind === "terms") { for (const c of ctl.querySelectorAll("input[type=checkbox]")) c.checked = vals.includes(c.value); ctl.querySelector("button.primary").click(); return kind; }
  const inp = ctl.querySelector("input[type=text], input[type=date]");
  inp.value = vals.join(", "); ctl.querySelector("button.primary").click(); return kind;
})"""


def answer(field, value):
    before = seq()
    kind = b.js(f"{ANSWER_JS}({json.dumps(field)}, {json.dumps(value)})")
    ok(kind in ("bool", "term", "terms", "regions", "date", "number", "string", "any"), f"question {field} has a control ({kind})")
    ok(b.wait(f"Number(document.getElementById('result').dataset.seq || 0) > {before} && document.getElementById('check-pane').dataset.state === 'done'", 60),
       f"the result updates after answering {field}")
    time.sleep(0.3)  # a retry (a list for a single value) may follow
    b.wait("document.getElementById('check-pane').dataset.state === 'done'", 30)


b = Browser()
try:
    target = b.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    b.session = b.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    width(1280)
    b.send("Runtime.enable")
    b.send("Page.enable")
    # Every Content-Security-Policy violation of the whole session is recorded (issue 27, 4).
    b.send("Page.addScriptToEvaluateOnNewDocument", {"source": "document.addEventListener('securitypolicyviolation', "
           "e => { sessionStorage.csp = (sessionStorage.csp || '') + e.violatedDirective + ' ' + e.blockedURI + '; '; });"})
    b.send("Page.navigate", {"url": srv.url + "/"})
    ok(b.wait("document.readyState === 'complete' && document.querySelector('#result .stats') !== null", 60),
       "the Check tab opens on a blank profile and decides it")
    ok(b.js("document.title").startswith("aigov"), "page title")
    # Issue 27, 4: the page is served with a Content-Security-Policy and may not be framed;
    # everything it does below must stay within the policy.
    st, _, _, hdr = srv.request("GET", "/")
    csp = {k.lower(): v for k, v in hdr.items()}.get("content-security-policy", "")
    ok("frame-ancestors 'none'" in csp and "script-src 'self'" in csp, f"the page's Content-Security-Policy: {csp!r}")

    ok(b.js("location.hash").startswith("#/check?profile="), "the profile is in the URL fragment")

    # ---- The interview: three questions, the counts move, the link reloads the same result.
    c0 = counts()
    q0 = b.js("[...document.querySelectorAll('.qcard')].map(c => c.dataset.field)")
    # The role is asked as what the organisation does (docs/profile.md, "Activities").
    ok("activities" in q0 and "markets" in q0 and "role" not in q0, f"the blank profile's questions include activities and markets: {q0[:8]}")
    answer("activities", ["develops", "markets_under_own_name"])
    answer("markets", ["EU"])
    answer("purposes", ["cv_screening"])
    prof = json.loads(b.js("JSON.stringify(chk.profile)"))
    one = lambda v: v if isinstance(v, list) else [v]  # noqa: E731 (a server without question types may keep a single value)
    ok(one(prof.get("activities")) == ["develops", "markets_under_own_name"] and one(prof.get("markets")) == ["EU"] and one(prof.get("purposes")) == ["cv_screening"],
       f"the answers are in the profile: {prof}")
    c1 = counts()
    ok(c1 != c0 and int(c1["questions"]) != int(c0["questions"]), f"the counts change: {c0} -> {c1}")
    st, api_doc, _, _ = srv.request("POST", "/v1/check?date=2026-11-28", json.dumps(prof))
    n_applies = b.js("document.querySelectorAll('#result section.now .prov[data-status=applies]').length")
    # A duty is an obligation or a prohibition of a binding instrument; never a permission or a recommendation.
    api_now = sum(1 for i in api_doc["instruments"] if i["binding"] == "binding" for p in i["provisions"]
                  if p["status"] == "applies" and p["kind"] in ("obligation", "prohibition"))
    ok(n_applies == api_now == int(c1["binding_now"]) == api_doc["headline"]["obligations_now"],
       f"binding obligations now: page {n_applies}, API {api_now}, headline {api_doc['headline']['obligations_now']}")
    # Later for certain, apart from later only if the questions are answered so.
    api_later = [p for i in api_doc["instruments"] if i["binding"] == "binding" for p in i["provisions"]
                 if p["status"] == "applies_from" and p["kind"] in ("obligation", "prohibition")]
    ok(int(c1["binding_later"]) == sum(1 for p in api_later if not p.get("questions")) == api_doc["headline"]["obligations_later"],
       f"binding later counts only the certain ones: page {c1['binding_later']}, API {len(api_later)} of which conditional "
       f"{sum(1 for p in api_later if p.get('questions'))}")
    ok("EU AI Act" in b.js("document.getElementById('result').textContent"), "the action list names the EU AI Act")
    # What applies later only if answered so is not listed before the questions' answer: it is
    # under the undecided ones, not in the 'apply later' section.
    ok(b.js("[...document.querySelectorAll('#result section.later .prov')].every(p => !/if answered so/.test(p.textContent))"),
       "the 'apply later' section lists only what applies later for certain")
    ok(b.js("document.querySelector('#result .result-head').textContent").endswith("on 2026-11-28"),
       "a profile without a date is checked on the service's today")
    st, routes_doc, _, _ = srv.request("GET", "/v1")
    live = {r["path"] for r in routes_doc["routes"]}
    ok("questions" in api_doc, "the check JSON has its questions")
    if "questions" in api_doc:  # the check JSON's own questions (issue 13): a control of each one's type
        kinds = b.js("[...document.querySelectorAll('.qcard .ctl')].map(c => c.dataset.kind)")
        ok(kinds and "any" not in kinds, f"each question has a control of its type: {kinds}")
        ok(b.js("document.querySelector('.qcard b').textContent") == api_doc["questions"][0]["text"], "questions in the law's words, the most deciding first")
    ok("/v1/timeline" in live, "the service offers the timeline")
    if "/v1/timeline" in live:
        ok(b.wait("document.querySelector('#timeline svg') !== null", 60), "the timeline is drawn under the action list")
        ok(b.js("document.getElementById('timeline-ics') !== null"), "the coming deadlines can be taken to a calendar (.ics)")
        bad_cells = b.js("[...document.querySelectorAll('#timeline table td')].map(td => td.textContent)"
                         ".filter(t => /\\b[a-z]+(-[a-z0-9]+)+\\/[a-z0-9-]+/.test(t) || /\\u2192/.test(t))")
        ok(not bad_cells, f"the timeline's rows and reasons name instruments in words, not ids or engine states: {bad_cells[:3]}")
        ok(b.js("(() => { const s = document.querySelector('#timeline svg'), box = s.parentElement; "
                "return s.getBoundingClientRect().width <= box.clientWidth + 1; })()"),
           "the timeline drawing fits its box (the last deadlines in sight)")
        ics = b.js("fetch('/v1/timeline?format=ics', {method: 'POST', body: JSON.stringify(chk.profile)}).then(r => r.text())")
        ok(isinstance(ics, str) and ics.startswith("BEGIN:VCALENDAR\r\n"), "the service answers the calendar the button downloads")
    sentence = b.js("document.getElementById('sentence').textContent")
    link = b.js("location.href")
    ok("cv_screening" in link or "cv_screening" in b.js("decodeURIComponent(location.hash)"), "the link carries the profile")
    shoot("check")
    b.js("location.reload()")
    time.sleep(0.5)
    ok(b.wait("document.querySelector('#result .stats') !== null && document.getElementById('check-pane').dataset.state === 'done'", 60), "the shared link reloads")
    ok(counts() == c1 and b.js("document.getElementById('sentence').textContent") == sentence,
       f"the same result from the link: {counts()} / {c1}")
    b.send("Page.navigate", {"url": "about:blank"})
    time.sleep(0.3)
    b.send("Page.navigate", {"url": link})
    ok(b.wait("document.querySelector('#result .stats') !== null && document.getElementById('check-pane').dataset.state === 'done'", 60)
       and counts() == c1, "the link opened afresh gives the same result")

    # Exports: the profile (JSON) and the report (Markdown) come from the page.
    md = b.js("fetch('/v1/check?format=md', {method: 'POST', body: JSON.stringify(chk.profile)}).then(r => r.text())")
    ok(md.lstrip().startswith("#"), "the Markdown report is served for the export")
    ok(b.js("!!document.getElementById('export-json') && !!document.getElementById('export-md') && !!document.getElementById('share-btn')"),
       "share, JSON and Markdown exports are offered")

    # A bad answer is refused with the server's message and the profile stays as it was.
    b.js("document.querySelector('details.raw').open = true")
    b.js("document.getElementById('profile').value = '{\"id\": \"x\", \"markets\": 5}'; document.getElementById('raw-apply').click()")
    ok(b.wait("document.getElementById('check-pane').dataset.state === 'error'"), "a bad profile shows an error")
    ok("$.markets" in b.js("document.getElementById('result').innerText"), "the error names the JSON path")

    # ---- The operator signs in, registers an organisation and makes its token.
    b.js("document.getElementById('signin-btn').click()")
    b.js("document.getElementById('signin-token').value = 'agv_0000000000000000_nottherealsecret'; document.getElementById('signin-ok').click()")
    ok(b.wait("!document.getElementById('signin-error').hidden"), "a wrong token is refused in the dialog")
    ok(b.js("sessionStorage.getItem('aigov.token')") is None, "and not kept")
    b.js(f"document.getElementById('signin-token').value = {json.dumps(OPERATOR)}; document.getElementById('signin-ok').click()")
    ok(b.wait("document.getElementById('who-name').textContent.includes('operator')"), "the operator is signed in")
    ok(b.js("sessionStorage.getItem('aigov.token')") == OPERATOR and b.js("localStorage.length") == 0,
       "the token is kept for this tab only")
    ok(go("#/admin") and b.wait("document.getElementById('org-add') !== null"), "the administration view")
    b.js("""(() => { const v = (id, x) => { document.getElementById(id).value = x; };
      v('org-id', 'acme-web'); v('org-name', 'Acme Web Ltd'); v('org-kind', 'company'); v('org-est', 'US-CA');
      document.getElementById('org-add').click(); })()""")
    ok(b.wait("document.querySelector('#org-table') && document.querySelector('#org-table').innerText.includes('Acme Web Ltd')"), "the organisation is registered")
    b.js("document.getElementById('tok-holder').value = 'acme-web'; document.getElementById('tok-add').click()")
    ok(b.wait("document.getElementById('tok-secret') !== null"), "its token is made and shown once")
    org_token = b.js("document.getElementById('tok-secret').textContent")
    ok(org_token.startswith("agv_"), "the token")
    shoot("admin")

    # ---- The organisation signs in and files a system through the interview.
    b.js("document.getElementById('tok-signin').click()")
    ok(b.wait("document.getElementById('who-name').textContent === 'acme-web'"), "signed in as the organisation")
    ok(go("#/check"), "back to the interview")
    b.wait("document.getElementById('example-select') && document.getElementById('example-select').options.length > 10")
    b.js("const s = document.getElementById('example-select'); s.value = 'california-employer-ai-hiring'; s.dispatchEvent(new Event('change'))")
    ok(b.wait("document.getElementById('check-pane') && document.getElementById('check-pane').dataset.state === 'done' && chk.profile.id === 'ca-ai-hiring'"),
       "the interview starts from a real example")
    ex = json.loads((ROOT / "examples/california-employer-ai-hiring.json").read_text())
    ok(json.loads(b.js("JSON.stringify(chk.profile)")) == ex, "the example is the CLI's file")
    ok(b.js("document.querySelectorAll('#result section.now .prov').length") > 0, "its binding obligations now, by instrument")
    shoot("check-example")

    # Every example opens through the picker, exactly as the CLI reads it, and is decided
    # (browsers write 1e19 FLOP as 10000000000000000000: every JSON number is accepted).
    names = sorted(p.stem for p in (ROOT / "examples").glob("*.json"))
    ok(b.js("[...document.getElementById('example-select').options].map(o => o.value).filter(v => v).sort().join()") == ",".join(names),
       "the picker offers every example")
    for name in names:
        want = json.loads((ROOT / f"examples/{name}.json").read_text())
        before = seq()
        b.js(f"(() => {{ const s = document.getElementById('example-select'); s.value = {json.dumps(name)}; s.dispatchEvent(new Event('change')); }})()")
        opened = b.wait(f"document.getElementById('check-pane').dataset.state === 'error' || (Number(document.getElementById('result').dataset.seq || 0) > {before}"
                        f" && chk.profile.id === {json.dumps(want['id'])} && document.getElementById('check-pane').dataset.state === 'done')", 60)
        state = b.js("document.getElementById('check-pane').dataset.state")
        ok(opened and state == "done", f"example {name} opens through the picker and is decided ({state}: "
           + str(b.js("document.getElementById('result').innerText"))[:200] + ")")
        ok(json.loads(b.js("JSON.stringify(chk.profile)")) == want, f"example {name}: the page's profile is the CLI's file")
        # The counts: the page's chips and sentence say what the CLI's summary says (e2e_counts.py
        # compares the CLI's text, its JSON and the registry).
        p = subprocess.run([AIGOV, "check", f"examples/{name}.json", "--format", "json"], cwd=ROOT, capture_output=True, text=True)
        h = json.loads(p.stdout)["headline"] if p.returncode in (0, 1) else {}
        page = {k: int(v) for k, v in counts().items() if k in ("banned", "binding_now", "binding_later", "undecided", "voluntary")}
        cli = {"banned": h.get("banned"), "binding_now": h.get("obligations_now"), "binding_later": h.get("obligations_later"),
               "undecided": h.get("undecided"), "voluntary": h.get("voluntary")}
        ok(page == cli, f"example {name}: the page's counts {page} are the CLI's {cli}")
        sent = b.js("document.getElementById('sentence').textContent")
        ok(f"{h.get('obligations_now')} binding obligation" in sent, f"example {name}: the sentence says {h.get('obligations_now')} binding obligations: {sent}")
    b.js("(() => { const s = document.getElementById('example-select'); s.value = 'california-employer-ai-hiring'; s.dispatchEvent(new Event('change')); })()")
    ok(b.wait("document.getElementById('check-pane').dataset.state === 'done' && chk.profile.id === 'ca-ai-hiring'"), "back to the hiring example")
    b.js("""(() => { const n = document.getElementById('sys-name'), i = document.getElementById('sys-id');
      n.value = 'Acme Web hiring screen'; i.value = 'acme-web-hiring'; i.dispatchEvent(new Event('change')); })()""")
    ok(b.wait("chk.profile.id === 'acme-web-hiring' && document.getElementById('check-pane').dataset.state === 'done'"), "named through the interview")
    b.js("document.getElementById('file-btn').click()")
    ok(b.wait("location.hash === '#/system/acme-web-hiring' && document.getElementById('compliance') !== null", 60), "the system is filed and shown")
    text = b.js("document.getElementById('view').innerText")
    ok("Acme Web hiring screen" in text and "0 %" in text, "its page: the name, 0 % of binding obligations met")
    ok(b.js("[...document.querySelectorAll('a.receipt')].map(a => a.textContent).join()").startswith("audit entry "),
       "each version names its audit entry, whose proof it downloads")
    shoot("system")

    # Evidence for the binding obligation, an attestation for the conduct rule.
    unmet = b.js("[...document.querySelectorAll('tr[data-status=unmet]')].map(r => r.closest('[data-category]').dataset.category + ' ' + r.dataset.provision)")
    ok(any(u.startswith("binding_now ") for u in unmet) and any(u.startswith("conduct ") for u in unmet), f"unmet binding and conduct rows: {unmet}")
    for u in unmet:
        cat, prov = u.split(" ", 1)
        if cat not in ("binding_now", "conduct"):
            continue
        row = f"document.querySelector('[data-category={cat}] tr[data-provision=\"{prov}\"]')"
        b.js(f"{row}.querySelector('.ev-open').click()")
        if cat == "conduct":
            b.js(f"{row}.querySelector('.att-statement').value = 'Acme Web keeps this rule; its HR counsel reviews every use.'; {row}.querySelector('.att-submit').click()")
        else:
            b.js(f"""(() => {{ const r = {row}; r.querySelector('.ev-ref').value = 'HR-AI-notice v2';
              r.querySelector('.ev-sha').value = '{"ab" * 32}'; r.querySelector('.ev-submit').click(); }})()""")
        ok(b.wait(f"document.getElementById('compliance') && !{row} || ({row} && {row}.dataset.status === 'met')", 30), f"{cat} {prov} is met")
        time.sleep(0.3)
        settle()
    ok(b.wait("document.getElementById('compliance') && document.getElementById('compliance').innerText.includes('100 %')", 30),
       "compliance moves to 100 % of binding obligations")
    st, comp, _, _ = srv.request("GET", "/v1/systems/acme-web-hiring/compliance")
    ok(comp["binding"]["percent"] == 100 and comp["owner"] == "acme-web", f"the API agrees: {comp['binding']}")
    ok(b.js("document.getElementById('evidence').innerText").count("attestation") >= 1, "the attestation is listed")
    shoot("system-complete")

    # Editing through the interview files a new version.
    b.js("document.getElementById('edit-btn').click()")
    ok(b.wait("document.getElementById('file-btn') && document.getElementById('file-btn').textContent === 'Save a new version' && document.getElementById('check-pane').dataset.state === 'done'", 60),
       "a filed system opens in the interview")
    ok(b.js("document.getElementById('sys-id').disabled && chk.filing === 'acme-web-hiring'"), "its id stays")
    b.js("document.getElementById('file-btn').click()")
    ok(b.wait("location.hash === '#/system/acme-web-hiring' && document.getElementById('view').innerText.includes('version 2')", 60), "saved as version 2")

    # ---- The registry list: names, numbers, search, filters.
    ok(go("#/registry") and b.wait("document.querySelector('#sys-table tr[data-id=acme-web-hiring]') !== null"), "the registry lists it")
    row = b.js("document.querySelector('#sys-table tr[data-id=acme-web-hiring]').innerText")
    ok("Acme Web hiring screen" in row and "100 %" in row, f"by name, with its percentage: {row!r}")
    shoot("registry")
    ok(go("#/registry?filter=unmet") and b.js("document.querySelector('#sys-table tr[data-id=acme-web-hiring]') === null"),
       "the binding-unmet filter leaves it out")
    ok(go("#/registry?q=hiring") and b.js("document.querySelectorAll('#sys-table tbody tr').length") == 1, "search finds it")

    # ---- Instruments, the map, gaps, conflicts, divergence, what-if: each its own URL.
    ok(go("#/instruments") and b.wait("document.querySelector('#inst-table tr[data-id=\"eu-ai-act\"]') !== null"), "instruments listed")
    shoot("instruments")
    ok(go("#/instrument/eu-ai-act") and b.wait("document.querySelector('#inst-provisions') !== null && document.querySelector('#inst-detail .verdict') !== null"),
       "an instrument page")
    t = b.js("document.getElementById('inst-detail').innerText")
    ok("EU AI Act" in t and "Art. 2(1)(a)" in t and "Art. 5(1)(e)" in t and "eur-lex.europa.eu" in t and "Legitimate" in t,
       "with scope, provisions by article, sources and legitimacy")
    ok(b.js("document.querySelector('#inst-detail h2').textContent") == "EU AI Act", "headed by its short title")
    ok("European Parliament" in t and "eu-parliament, eu-council" not in t, "issuers by name, not by id")
    shoot("instrument")
    ok(go("#/instrument/nist-ai-rmf") and b.wait("document.querySelector('#inst-detail .verdict') !== null"), "another instrument")
    chain = b.js("document.getElementById('inst-detail').innerText")
    ok("mode 4" in chain and "nist" in chain and "us-congress" in chain and "us-public" in chain,
       "the chain runs from the issuer through its mandate to the public")
    ok(b.js("!document.getElementById('tab-map').hidden"), "the map tab is shown")
    if b.js("!document.getElementById('tab-map').hidden"):
        ok(go("#/map") and b.wait("document.querySelectorAll('#map-view svg g.node').length > 10", 60), "the map is graphviz's SVG")
        ok(b.js("document.querySelectorAll('#map-legend .lg-row').length") > 10, "its legend (every fill, border, shape and edge colour) is shown apart")
        vb0 = b.js("document.querySelector('#map-view svg').getAttribute('viewBox')")
        raw_svg = srv.request("GET", "/v1/map?format=svg&date=2026-11-28")[2].decode()
        drawn = raw_svg.split('viewBox="', 1)[1].split('"', 1)[0] if 'viewBox="' in raw_svg else None
        ok(vb0 == drawn, f"the map opens fitted: the whole drawing in view ({vb0} / {drawn})")
        ok("instruments in force" in b.js("document.getElementById('view').innerText"),
           "the map says its instruments are those in force on the date (of the corpus's)")
        b.js("document.querySelector('#map-view svg').dispatchEvent(new WheelEvent('wheel', {deltaY: -100, clientX: 300, clientY: 300, cancelable: true}))")
        ok(b.js("document.querySelector('#map-view svg').getAttribute('viewBox')") != vb0, "the wheel zooms the map")
        shoot("map")
        ok(go("#/map?jurisdiction=EU") and b.wait("document.querySelectorAll('#map-view svg g.node').length > 3", 60), "the map filtered by jurisdiction")
        ok(go("#/map?modality=domestic_law") and b.wait("document.querySelectorAll('#map-view svg g.faded').length > 0", 60), "the map filtered by modality")
    ok(b.js("!document.getElementById('tab-gaps').hidden"), "the gaps tab is shown")
    if b.js("!document.getElementById('tab-gaps').hidden"):
        ok(go("#/gaps") and b.wait("document.querySelector('#gaps-view svg') !== null && document.querySelectorAll('#gaps-ranked tbody tr').length > 0", 60),
           "the gaps heat map inline, and the ranked gaps")
        ok(b.js("document.querySelectorAll('#gaps-view svg title').length") > 10, "its cells carry tooltips (<title>) in the DOM")
        shoot("gaps")
    ok(go("#/conflicts") and b.wait("document.querySelector('.stats') !== null", 60), "conflicts")
    shoot("conflicts")
    ok(go("#/divergence/oecd-ai-principles") and b.wait("document.querySelector('#div-out h3') !== null", 60), "divergence of an international instrument")
    ok("on 2026-11-28" in b.js("document.getElementById('div-out').innerText"), "analyses run on the service's today")
    shoot("divergence")
    ok(go("#/whatif") and b.wait("document.getElementById('whatif-run') !== null"), "what-if")
    b.js("document.getElementById('whatif-run').click()")
    ok(b.wait("document.querySelector('#whatif-out .stats, #whatif-out .error') !== null", 60), "what-if compares the corpus with the overlay")
    ok(b.js("document.querySelector('#whatif-out .error')") is None,
       "the default overlay is valid: " + b.js("document.getElementById('whatif-out').innerText")[:200])
    ok(b.js("document.querySelectorAll('#whatif-out [data-section=gaps_opened] tbody tr').length") > 0,
       "revoking the EU AI Act opens gaps, listed")
    ok("eu-ai-act/" in b.js("document.getElementById('whatif-out').textContent"), "and changes the obligations of the compared systems")
    shoot("whatif")
    # The audit log: the signed head, the entries, a kept head and its proof.
    ok(go("#/audit") and b.wait("document.getElementById('audit-head') !== null", 60), "the audit log view")
    st, head, _, _ = srv.request("GET", "/v1/audit/head")
    ok(str(head["size"]) in b.js("document.getElementById('audit-head').innerText") and head["public_key"] in b.js("document.getElementById('audit-head').innerText"),
       "it shows the signed head: size and public key")
    ok(b.js("document.getElementById('audit-verify').innerText").startswith("Verified:"), "and that the log verifies")
    ok(b.js("document.querySelectorAll('#audit-entries tbody tr').length") == min(50, head["size"]), "the last entries, one row each")
    st, h1, _, _ = srv.request("GET", "/v1/audit/head")
    b.js("(() => { const dt = new DataTransfer(); dt.items.add(new File([%s], 'kept.json', {type: 'application/json'})); "
         "const i = document.getElementById('audit-kept'); i.files = dt.files; i.dispatchEvent(new Event('change')); })()"
         % json.dumps(json.dumps(dict(h1, size=1))))
    ok(b.wait("document.getElementById('audit-kept-ready') !== null", 30), "a kept head gets a consistency proof to download, with the command to check it")
    ok("aigov audit check --old-head kept.json" in b.js("document.getElementById('audit-kept-ready').innerText"), "the command names the kept file")
    shoot("audit")
    b.js("(() => { const dt = new DataTransfer(); dt.items.add(new File([%s], 'future.json')); "
         "const i = document.getElementById('audit-kept'); i.files = dt.files; i.dispatchEvent(new Event('change')); })()"
         % json.dumps(json.dumps(dict(h1, size=h1["size"] + 5))))
    ok(b.wait("document.getElementById('audit-kept-short') !== null", 30), "a kept head longer than the log: history was removed, said so")
    csp_seen = b.js("sessionStorage.csp || ''")
    ok(csp_seen == "", f"no Content-Security-Policy violation in all of the above: {csp_seen}")
    ok(not b.errors, f"no console error or uncaught exception on any page: {b.errors[:5]}")
finally:
    b.close()
    srv.stop()
    shutil.rmtree(tmp, ignore_errors=True)
print(f"{len(SHOTS)} screenshots under {OUT}")
T.finish()
