#!/usr/bin/env python3
"""The web page of `aigov serve`, driven in headless Chromium (Debian's `chromium`) over
the Chrome DevTools protocol on a pipe (--remote-debugging-pipe: no extra package, no
port). Fills the profile form, checks it, reads the obligations grouped by jurisdiction,
opens an instrument's legitimacy chain and the registry, catches a bad profile's error,
and saves screenshots under the build directory (next to the aigov binary).
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
from serverlib import ROOT, Server, Tally, token  # noqa: E402

AIGOV = os.path.abspath(sys.argv[1])
OUT = os.path.dirname(AIGOV)
T = Tally()
ok = T.ok
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
tmp = tempfile.mkdtemp(prefix="aigov-web-")
db = os.path.join(tmp, "registry.db")
tok = token(AIGOV, db, "openai")
SID = json.loads((ROOT / "examples/cv-screener-us-to-eu.json").read_text())["id"]
srv = Server(AIGOV, db, "--date", "2026-11-28")
st, doc, _, _ = srv.request("PUT", f"/v1/systems/{SID}", (ROOT / "examples/cv-screener-us-to-eu.json").read_text(), token=tok)
ok(st == 201, f"a system filed for the registry view ({st})")


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
                if reply.get("id") == self.next_id:
                    if "error" in reply:
                        raise RuntimeError(f"{method}: {reply['error']}")
                    return reply.get("result", {})
            chunk = os.read(self.resp_r, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buf += chunk
        raise RuntimeError(f"{method}: no reply")

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
        png = base64.b64decode(self.send("Page.captureScreenshot", {"format": "png"})["data"])
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


b = Browser()
try:
    target = b.send("Target.createTarget", {"url": srv.url + "/"})["targetId"]
    b.session = b.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    b.send("Emulation.setDeviceMetricsOverride", {"width": 1440, "height": 900, "deviceScaleFactor": 1, "mobile": False})
    b.send("Runtime.enable")
    ok(b.wait("document.readyState === 'complete' && document.querySelector('#profile').value.length > 0"),
       "page loads with an example profile")
    ok(b.js("document.title").startswith("aigov"), "page title")

    # Fill the form, build the JSON from it, check.
    b.js("""(() => {
      const set = (id, v) => { document.getElementById(id).value = v; };
      document.getElementById('profile').value = '';
      set('f-name', 'Web CV screener'); set('f-role', 'provider'); set('f-markets', 'EU');
      set('f-outputs', 'DE'); set('f-purposes', 'cv_screening'); set('f-data', 'personal, employment');
      set('f-date', '2026-11-28');
      document.getElementById('build-btn').click();
      document.getElementById('check-btn').click();
    })()""")
    built = json.loads(b.js("document.getElementById('profile').value"))
    ok(built.get("markets") == ["EU"] and built.get("purposes") == ["cv_screening"] and built.get("id") == "web-cv-screener",
       f"the form builds the profile JSON: {built}")
    ok(b.wait("document.getElementById('check-status').textContent === 'done'"), "check completes")
    text = b.js("document.getElementById('result').innerText")
    heads = b.js("[...document.querySelectorAll('#result .jurisdiction > h3')].map(h => h.textContent)")
    ok("EU" in heads, f"obligations grouped by jurisdiction: {heads}")
    ok("EU AI Act" in text and "Web CV screener" in text, "the result names the system and the EU AI Act")
    n_applies = b.js("document.querySelectorAll('#result .prov[data-status=applies]').length")
    n_unknown = b.js("document.querySelectorAll('#result .prov[data-status=unknown]').length")
    st, api_doc, _, _ = srv.request("POST", "/v1/check", json.dumps(built))
    ok(n_applies == api_doc["summary"]["applies"] and n_unknown == api_doc["summary"]["unknown"],
       f"the page shows what the API says ({n_applies}/{n_unknown} vs {api_doc['summary']})")
    ok(n_unknown > 0 and "Answer:" in text, "unknowns are shown as questions to answer")
    ok(b.js("document.querySelectorAll('#result details').length") > 0, "each provision has its reasons")
    path, png = b.screenshot("web-check.png")
    ok(png.startswith(b"\x89PNG") and len(png) > 20000, f"screenshot saved: {path} ({len(png)} bytes)")

    # A bad profile: the error names the JSON path.
    b.js("document.getElementById('profile').value = '{\"id\": \"x\", \"markets\": 5}'; document.getElementById('check-btn').click()")
    ok(b.wait("document.getElementById('check-status').textContent === 'error'"), "a bad profile shows an error")
    ok("$.markets" in b.js("document.getElementById('result').innerText"), "the error names the JSON path")

    # An instrument's legitimacy chain.
    b.js("document.querySelector('#tabs button[data-tab=instruments]').click()")
    ok(b.wait("document.querySelector('#inst-list li[data-id=\"nist-ai-rmf\"]') !== null"), "instruments listed")
    b.js("document.querySelector('#inst-list li[data-id=\"nist-ai-rmf\"]').click()")
    ok(b.wait("document.querySelector('#inst-detail .verdict') !== null"), "legitimacy verdict shown")
    chain = b.js("document.getElementById('inst-detail').innerText")
    ok("mode 4" in chain and "nist" in chain and "us-congress" in chain and "us-public" in chain,
       "the chain runs from the issuer through its mandate to the public")
    b.screenshot("web-legitimacy.png")

    # The registry's systems and their compliance.
    b.js("document.querySelector('#tabs button[data-tab=registry]').click()")
    ok(b.wait("document.querySelector('#sys-table tbody tr td') && document.querySelector('#sys-table tbody tr td').textContent === '" + SID + "'"),
       "the registry lists the filed system")
    b.js("document.querySelector('#sys-table tbody tr').click()")
    ok(b.wait("document.querySelector('#sys-detail table') !== null"), "a system's compliance table")
    ok("unmet" in b.js("document.getElementById('sys-detail').innerText"), "compliance statuses shown")
    b.screenshot("web-registry.png")

    # The regime map (SVG, zoomable) and the gaps heat map.
    if b.js("!document.getElementById('tab-map').hidden"):
        b.js("document.getElementById('tab-map').click()")
        ok(b.wait("document.querySelectorAll('#map-view svg rect, #map-view svg circle').length > 10 || document.querySelector('#map-view .error')"),
           "the map draws")
        ok(b.js("document.querySelectorAll('#map-view svg rect, #map-view svg circle').length") > 10, "the map has nodes")
        vb0 = b.js("document.querySelector('#map-view svg').getAttribute('viewBox')")
        b.js("document.querySelector('#map-view svg').dispatchEvent(new WheelEvent('wheel', {deltaY: -100, clientX: 300, clientY: 300, cancelable: true}))")
        ok(b.js("document.querySelector('#map-view svg').getAttribute('viewBox')") != vb0, "the wheel zooms the map")
        b.screenshot("web-map.png")
    if b.js("!document.getElementById('tab-gaps').hidden"):
        b.js("document.getElementById('tab-gaps').click()")
        ok(b.wait("document.querySelector('#gaps-view img') && document.querySelector('#gaps-view img').complete && document.querySelector('#gaps-view img').naturalWidth > 0"),
           "the gaps heat map loads")
        b.screenshot("web-gaps.png")
finally:
    b.close()
    srv.stop()
    shutil.rmtree(tmp, ignore_errors=True)
T.finish()
