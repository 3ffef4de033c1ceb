"""What the server tests share: start `aigov serve` as a real process on 127.0.0.1 with a
real SQLite file, speak HTTP to it, stop it. Not a test itself (CTest runs e2e_*.py)."""
import http.client
import json
import os
import pathlib
import re
import atexit
import hashlib
import shutil
import signal
import subprocess
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
_KEYS = None


def log_key_for(db):
    """The audit log's signing key file for a PostgreSQL registry: every replica of one
    database shares one key, as a deployment does (aigov serve --log-key FILE)."""
    global _KEYS
    if _KEYS is None:
        _KEYS = tempfile.mkdtemp(prefix="aigov-keys-")
        atexit.register(shutil.rmtree, _KEYS, True)
    return os.path.join(_KEYS, hashlib.sha256(str(db).encode()).hexdigest()[:16] + ".key")


class Server:
    """`aigov serve --listen 127.0.0.1:0` on `db`; .port once it listens."""

    def __init__(self, aigov, db, *extra):
        self.aigov, self.db = aigov, db
        pg = str(db).startswith("postgres")
        self.log = open(os.devnull if pg else str(db) + ".log", "a+")
        if pg and "--log-key" not in extra:
            extra = (*extra, "--log-key", log_key_for(db))
        self.proc = subprocess.Popen([aigov, "serve", "--db", str(db), "--listen", "127.0.0.1:0", *extra],
                                     cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        # "aigov: listening on http://127.0.0.1:PORT/ ...", after "aigov: operator token (...): agv_..."
        # at the first start of a registry that holds no token.
        self.operator_token = None
        line = self.proc.stderr.readline()
        m = re.search(r"operator token \(shown once[^)]*\): (agv_\S+)", line)
        if m:
            self.operator_token = m.group(1)
            line = self.proc.stderr.readline()
        m = re.search(r"listening on http://127\.0\.0\.1:(\d+)/", line)
        if not m:
            rest = self.proc.stderr.read() if self.proc.poll() is not None else ""
            raise RuntimeError(f"server did not start: {line}{rest}")
        self.port = int(m.group(1))
        self.url = f"http://127.0.0.1:{self.port}"

    def request(self, method, path, body=None, token=None, headers=None, timeout=60):
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        h = dict(headers or {})
        if token:
            h["Authorization"] = "Bearer " + token
        if isinstance(body, (dict, list)):
            body = json.dumps(body)
        c.request(method, path, body=body, headers=h)
        r = c.getresponse()
        data = r.read()
        c.close()
        try:
            doc = json.loads(data)
        except ValueError:
            doc = None
        return r.status, doc, data, dict(r.getheaders())

    def stop(self, sig=signal.SIGTERM, timeout=20):
        """Sends sig, waits; returns (exit code, the rest of stderr)."""
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            return None, "did not stop"
        err = self.proc.stderr.read()
        self.proc.stderr.close()
        self.log.close()
        return self.proc.returncode, err


def token(aigov, db, actor):
    p = subprocess.run([aigov, "token", "create", actor, "--db", str(db)], cwd=ROOT, capture_output=True, text=True, timeout=60)
    if p.returncode != 0:
        raise RuntimeError(f"token create {actor}: {p.stderr}")
    return p.stdout.strip()


class Tally:
    def __init__(self):
        self.passed = self.failed = 0

    def ok(self, cond, msg):
        if cond:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL:", msg, flush=True)

    def finish(self):
        print(f"{self.passed} passed, {self.failed} failed")
        if not self.passed and not self.failed:
            print("FAIL: no check ran")  # a test that checked nothing tested nothing
            raise SystemExit(1)
        raise SystemExit(1 if self.failed else 0)


class Replicas:
    """n `aigov serve` processes on one database (PostgreSQL), answering requests in turn:
    request k goes to replica k mod n, so a test that reads what it wrote reads it, half the
    time, from another process. .operator_token is the one the first start printed."""

    def __init__(self, n, aigov, db, *extra):
        self.servers = [Server(aigov, db, *extra)]
        self.operator_token = self.servers[0].operator_token
        self.servers += [Server(aigov, db, *extra) for _ in range(n - 1)]
        self.turn = 0

    def request(self, *args, **kw):
        s = self.servers[self.turn % len(self.servers)]
        self.turn += 1
        return s.request(*args, **kw)

    def stop(self, *args, **kw):
        rcs, errs = [], []
        for s in self.servers:
            rc, err = s.stop(*args, **kw)
            rcs.append(rc)
            errs.append(err)
        return next((rc for rc in rcs if rc != 0), 0), "".join(errs)
