"""A throw-away PostgreSQL cluster for the tests: `initdb` in a temporary folder, `pg_ctl`
listening on a Unix socket in that folder only (no TCP, no system service), removed at the
end. Debian's `postgresql` package provides the binaries (scripts/deps.sh installs it for
`make test`). initdb refuses to run as root: as root the cluster runs as user `nobody`.
When the binaries are missing or the cluster does not start, Cluster() raises: a test
that needs PostgreSQL fails loudly, it never skips. Not a test itself."""
import glob
import os
import shutil
import signal
import subprocess
import tempfile
import time


def bindir():
    for d in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if os.path.exists(os.path.join(d, "initdb")):
            return d
    found = shutil.which("initdb")
    if found:
        return os.path.dirname(found)
    raise RuntimeError("PostgreSQL's initdb is not installed (Debian: apt-get install postgresql; `make test` does it)")


class Cluster:
    def __init__(self, prefix="aigov-pg-"):
        self.bin = bindir()
        self.dir = tempfile.mkdtemp(prefix=prefix)
        os.chmod(self.dir, 0o755)
        self.data = os.path.join(self.dir, "data")
        self.sock = self.dir
        self.log = os.path.join(self.dir, "server.log")
        self.as_user = []
        if os.geteuid() == 0:
            import pwd
            pw = pwd.getpwnam("nobody")
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)
            self.as_user = ["setpriv", f"--reuid={pw.pw_uid}", f"--regid={pw.pw_gid}", "--clear-groups", "--"]
        self.run("initdb", "-D", self.data, "-U", "aigov", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync")
        self.start()

    def run(self, prog, *args, check=True):
        p = subprocess.run(self.as_user + [os.path.join(self.bin, prog), *args], capture_output=True, text=True,
                           timeout=120, cwd=self.dir)
        if check and p.returncode != 0:
            raise RuntimeError(f"{prog} failed ({p.returncode}): {p.stdout}{p.stderr}")
        return p

    def start(self):
        # fsync stays on: the crash tests kill the server and count on what it acknowledged.
        opts = f"-k {self.sock} -c listen_addresses='' -c max_connections=60 -c fsync=on -c synchronous_commit=on"
        p = self.run("pg_ctl", "-D", self.data, "-l", self.log, "-o", opts, "-w", "-t", "60", "start", check=False)
        if p.returncode != 0:
            log = open(self.log).read() if os.path.exists(self.log) else ""
            raise RuntimeError(f"PostgreSQL did not start: {p.stdout}{p.stderr}{log[-2000:]}")

    def stop(self):
        self.run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop", check=False)

    def postmaster_pid(self):
        with open(os.path.join(self.data, "postmaster.pid")) as f:
            return int(f.readline())

    def kill9(self):
        """SIGKILL to the postmaster and every process it started, as a machine crash would."""
        pid = self.postmaster_pid()
        kids = []
        for d in os.listdir("/proc"):
            if d.isdigit():
                try:
                    with open(f"/proc/{d}/stat") as f:
                        if int(f.read().rsplit(")", 1)[1].split()[1]) == pid:
                            kids.append(int(d))
                except (OSError, ValueError, IndexError):
                    pass
        for p in [pid] + kids:
            try:
                os.kill(p, signal.SIGKILL)
            except ProcessLookupError:
                pass
        for _ in range(200):
            alive = [p for p in [pid] + kids if os.path.exists(f"/proc/{p}") and open(f"/proc/{p}/stat").read().split()[2] != "Z"]
            if not alive:
                break
            time.sleep(0.05)
        # The dead postmaster's lock file stays; where nothing reaps orphans (a container's
        # PID 1), its zombie would make the restart believe it still runs.
        for f in (os.path.join(self.data, "postmaster.pid"), os.path.join(self.sock, ".s.PGSQL.5432.lock")):
            try:
                os.unlink(f)
            except FileNotFoundError:
                pass

    def url(self, db="aigov"):
        return f"postgresql:///{db}?host={self.sock}&user=aigov"

    def createdb(self, name):
        self.run("createdb", "-h", self.sock, "-U", "aigov", name)
        return self.url(name)

    def tool(self, prog, *args, check=True):
        return self.run(prog, *args, check=check)

    def cleanup(self):
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)
