#!/usr/bin/env python3
"""install_test.py — aigov installs like a C library and tool.

Installs the build (`cmake --install BUILD --prefix /opt/aigov-test`: not the default prefix)
into a temporary DESTDIR, then checks what a user of the installed files sees:
- the binary runs (--version) and the completions are installed;
- libaigov.so carries its soname (libaigov.so.MAJOR) and exports only aigov_* names, and
  libaigov.a, the header and aigov.pc are installed;
- a 10-line C program compiles and links against the installed library with nothing but
  `pkg-config --cflags --libs aigov` (PKG_CONFIG_PATH and PKG_CONFIG_SYSROOT_DIR point
  pkg-config into the DESTDIR, as for a sysroot), and runs;
- aigov.pc names the prefix it was installed under;
- `man -l` of the installed page lists every command `aigov --help` lists;
- configured for PREFIX=/usr, the library directory is the multiarch one (docs/install.md).

Usage: python3 tests/install_test.py BUILD_DIR   (ctest runs it as `install`)
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

passed = failed = 0


def ok(cond, msg):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL:", msg)


def sh(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


PROGRAM = r'''#include <aigov/aigov.h>
#include <stdio.h>
int main(void) {
    aigov_corpus *c = NULL;
    aigov_diags d;
    aigov_diags_init(&d, 10);
    if (aigov_corpus_load_builtin(&c, &d) != AIGOV_OK) return 1;
    aigov_corpus_stats st;
    aigov_corpus_stats_get(c, &st);
    printf("%s %d instruments %d\n", AIGOV_VERSION, st.instruments, aigov_date_valid("2024-02-29"));
    aigov_corpus_free(c);
    aigov_diags_free(&d);
    return 0;
}
'''


def main():
    build = os.path.abspath(sys.argv[1])
    prefix = "/opt/aigov-test"  # not the default /usr/local: aigov.pc must name it
    with tempfile.TemporaryDirectory() as dest:
        env = dict(os.environ, DESTDIR=dest)
        r = sh(["cmake", "--install", build, "--prefix", prefix], env=env)
        ok(r.returncode == 0, f"cmake --install: {r.stdout}{r.stderr}")
        if r.returncode:
            print(f"{passed} passed, {failed} failed")
            return 1
        root = dest + prefix
        files = []
        for d, _, fs in os.walk(root):
            files += [os.path.relpath(os.path.join(d, f), root) for f in fs]
        libdir = next((os.path.dirname(f) for f in files if re.search(r"libaigov\.so\.\d+\.\d+\.\d+$", f)), None)
        ok(libdir is not None, f"libaigov.so.X.Y.Z installed: {sorted(files)}")
        libdir = libdir or "lib"
        for want in ("bin/aigov", f"{libdir}/libaigov.a", f"{libdir}/libaigov.so", f"{libdir}/pkgconfig/aigov.pc",
                     "include/aigov/aigov.h", "share/man/man1/aigov.1", "share/bash-completion/completions/aigov",
                     "share/zsh/site-functions/_aigov", "share/doc/aigov/aigov.service"):
            ok(want in files, f"{want} installed")

        aigov = os.path.join(root, "bin", "aigov")
        r = sh([aigov, "--version"])
        ok(r.returncode == 0 and r.stdout.startswith("aigov "), f"installed aigov --version: {r.stdout!r}")

        so = os.path.join(root, libdir, "libaigov.so")
        r = sh(["readelf", "-d", so])
        m = re.search(r"\(SONAME\)\s+Library soname: \[(libaigov\.so\.\d+)\]", r.stdout)
        ok(m is not None, f"libaigov.so has a soname: {r.stdout[:300]!r}")
        if m:
            ok(os.path.exists(os.path.join(root, libdir, m.group(1))), f"{m.group(1)} installed")
        r = sh(["nm", "-D", "--defined-only", so])
        names = [l.split()[-1] for l in r.stdout.splitlines() if l.strip()]
        ok(names and all(n.startswith("aigov_") for n in names),
           f"libaigov.so exports only aigov_*: {[n for n in names if not n.startswith('aigov_')][:5]}")

        with open(os.path.join(root, libdir, "pkgconfig/aigov.pc")) as f:
            pc = f.read()
        ok(re.search(r"^prefix=" + re.escape(prefix) + "$", pc, re.M) and f"libdir=${{prefix}}/{libdir}\n" in pc,
           f"aigov.pc names the install prefix {prefix} and libdir {libdir}: {pc[:200]!r}")
        pcenv = dict(os.environ, PKG_CONFIG_PATH=os.path.join(root, libdir, "pkgconfig"), PKG_CONFIG_SYSROOT_DIR=dest)
        r = sh(["pkg-config", "--cflags", "--libs", "aigov"], env=pcenv)
        ok(r.returncode == 0 and dest in r.stdout, f"pkg-config --cflags --libs aigov: {r.stdout!r} {r.stderr!r}")
        flags = r.stdout.split()
        src = os.path.join(dest, "prog.c")
        with open(src, "w") as f:
            f.write(PROGRAM)
        exe = os.path.join(dest, "prog")
        cc = os.environ.get("CC", "cc")
        # A library built for `make asan` needs its sanitizer runtimes in the program that
        # loads it (ASan must come first); a user's build links none of them.
        cache = os.path.join(sys.argv[1], "CMakeCache.txt")
        sanitized = os.path.exists(cache) and "AIGOV_SANITIZE:BOOL=ON" in open(cache).read()
        san = ["-fsanitize=address,undefined"] if sanitized else []
        r = sh([cc, "-std=c17", "-Wall", "-Wextra", "-Wpedantic", "-Werror", *san, src, "-o", exe, *flags])
        ok(r.returncode == 0, f"cc prog.c $(pkg-config --cflags --libs aigov): {r.stderr}")
        if r.returncode == 0:
            r = sh([exe], env=dict(os.environ, LD_LIBRARY_PATH=os.path.join(root, libdir)))
            ok(r.returncode == 0 and re.match(r"^\d+\.\d+\.\d+ \d+ instruments 1$", r.stdout.strip()),
               f"the program runs against the installed libaigov.so: {r.stdout!r} {r.stderr!r}")
            r = sh(["ldd", exe], env=dict(os.environ, LD_LIBRARY_PATH=os.path.join(root, libdir)))
            ok(os.path.join(root, libdir) in r.stdout, f"the program links the installed shared library: {r.stdout}")

        # The man page lists every command.
        man = shutil.which("man")
        ok(man is not None, "man is installed (Debian package man-db)")
        if man:
            r = sh([man, "-l", os.path.join(root, "share/man/man1/aigov.1")],
                   env=dict(os.environ, MANPAGER="cat", PAGER="cat", MANWIDTH="120"))
            page = re.sub(r".\x08", "", r.stdout)
            ok(r.returncode == 0 and "SYNOPSIS" in page, f"man -l aigov.1: {r.stderr}")
            synopsis = page.split("SYNOPSIS", 1)[-1].split("DESCRIPTION", 1)[0]
            top = sh([aigov, "--help"]).stdout
            cmds = []
            for line in top.splitlines():
                mm = re.match(r"^  ([a-z]+)(?: ([a-z|]+))?\s{2,}", line)
                if mm:
                    cmds += [f"{mm.group(1)} {s}" for s in mm.group(2).split("|")] if mm.group(2) else [mm.group(1)]
            ok(len(cmds) >= 15, f"commands found in aigov --help: {cmds}")
            for c in cmds:
                ok(re.search(r"aigov " + re.escape(c) + r"\b", synopsis) is not None, f"the man page's SYNOPSIS lists 'aigov {c}'")
            # Each command's --format list in the SYNOPSIS is the one its help gives.
            src = open(os.path.join(root, "share/man/man1/aigov.1"), encoding="utf-8").read()
            listed = 0
            for m in re.finditer(r"^\.B aigov ([a-z]+)\n((?:(?!\.br\n|\.B aigov ).*\n)*)", src, re.M):
                f = re.search(r"\\-\\-format\n\.IR ([a-z|\\-]+) \]|\[\\-f ([a-z|\\-]+)\]", m.group(2))
                if not f:
                    continue
                listed_formats = (f.group(1) or f.group(2)).replace("\\-", "-").split("|")
                hlp = sh([aigov, m.group(1), "--help"]).stdout
                h = re.search(r"--format FORMAT\s+(.*?) \(default", hlp)
                want = re.split(r", | or ", h.group(1)) if h else []
                ok(listed_formats == want, f"the man page lists aigov {m.group(1)} --format {listed_formats}; its help: {want}")
                listed += 1
            ok(listed >= 2, f"--format lists compared with the commands' help: {listed}")
    # docs/install.md: with PREFIX=/usr the libraries go to the multiarch directory on
    # Debian (make install configures the build for its PREFIX; GNUInstallDirs decides).
    arch = sh(["gcc", "-print-multiarch"]).stdout.strip() if shutil.which("gcc") else ""
    if arch:
        with tempfile.TemporaryDirectory() as scratch:
            r = sh(["cmake", "-S", os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."), "-B", scratch,
                    "-DCMAKE_INSTALL_PREFIX=/usr"])
            cache = open(os.path.join(scratch, "CMakeCache.txt")).read() if r.returncode == 0 else ""
            ok(f"CMAKE_INSTALL_LIBDIR:PATH=lib/{arch}\n" in cache,
               f"configured for /usr, the libraries go to lib/{arch} (docs/install.md): {r.stderr[-300:]}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
