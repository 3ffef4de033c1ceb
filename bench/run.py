#!/usr/bin/env python3
"""`make bench`: measures aigov and, in the same run on the same rules and profiles, the
engines users would pick instead, then prints one table (docs/performance.md explains
the method). Usage: bench/run.py BUILD_DIR [--quick]

Everything it makes goes to BUILD_DIR/bench/: the synthetic corpora and profiles
(bench_gen), the peers (npm install of bench/peers/package.json), results.json and
performance.svg (cost against rules and against profiles). The peers are skipped, and
say so in the table, when npm or node is missing or the install fails.

--quick uses fewer profiles (for a smoke test); the table says so."""
import json
import os
import platform
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def log(msg):
    print("bench: " + msg, file=sys.stderr, flush=True)


def run(cmd, out=None, timeout=600, env=None):
    """Runs cmd; returns (wall seconds, None, stdout text)."""
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdout=out if out is not None else subprocess.PIPE, stderr=subprocess.PIPE,
                         cwd=ROOT, env=env, text=out is None)
    try:
        so, se = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        p.kill()
        raise RuntimeError("timed out: " + " ".join(cmd))
    wall = time.monotonic() - t0
    if p.returncode != 0:
        raise RuntimeError("%s failed (%d): %s" % (" ".join(cmd), p.returncode, (se or b"")[-2000:]))
    return wall, None, so


def run_rss(cmd, stdout_path):
    """Wall time and peak RSS (MiB) of one command, measured with wait4."""
    with open(stdout_path, "wb") as out:
        t0 = time.monotonic()
        p = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE, cwd=ROOT)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.monotonic() - t0
        err = p.stderr.read()
        p.stderr.close()
        p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        raise RuntimeError("%s failed (%d): %s" % (" ".join(cmd), p.returncode, err[-2000:]))
    return wall, ru.ru_maxrss / 1024.0


def engine(build, corpus, profiles, name, extra=()):
    _, _, out = run([os.path.join(build, "bench_engine"), "--corpus", corpus, "--profiles", profiles,
                     "--name", name, *extra], timeout=300)
    res = {}
    for line in out.splitlines():
        o = json.loads(line)
        res[o["measure"]] = o
    return res


def machine():
    cpu = "unknown cpu"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return "%s %s, %s, %d cores" % (platform.system(), platform.machine(), cpu, os.cpu_count() or 1)


def peers(build, out_dir, rules, peer_profiles, n_cedar, n_cel):
    """Installs the peers with npm into out_dir/peers and runs them; {} when unavailable."""
    res = {}
    if not shutil.which("node") or not shutil.which("npm"):
        log("node or npm missing: the peers are skipped")
        return res, "node/npm not installed"
    pdir = os.path.join(out_dir, "peers")
    os.makedirs(pdir, exist_ok=True)
    shutil.copy(os.path.join(ROOT, "bench", "peers", "package.json"), pdir)
    if not os.path.isdir(os.path.join(pdir, "node_modules", "@cedar-policy")):
        log("npm install of the peers into " + pdir)
        p = subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--silent"], cwd=pdir,
                           capture_output=True, text=True, timeout=300)
        if p.returncode != 0:
            log("npm install failed: the peers are skipped\n" + p.stderr[-1500:])
            return res, "npm install failed"
    for name, script, n in (("cedar", "cedar.mjs", n_cedar), ("cel", "cel.mjs", n_cel)):
        log("peer " + name)
        _, _, out = run(["node", os.path.join(ROOT, "bench", "peers", script), pdir, rules, peer_profiles, str(n)],
                        timeout=300)
        res[name] = json.loads(out.strip().splitlines()[-1])
    return res, None


def svg(growth_rules, growth_profiles, path):
    """Two log-log panels: µs per profile against rules; batch wall time and peak memory
    against profiles."""
    import math
    W, H, M = 900, 380, 60
    pw = (W - 3 * M) / 2
    ph = H - 2 * M
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">' % (W, H),
           '<rect width="100%" height="100%" fill="white"/>']

    def panel(x0, title, xlabel, ylabel, series, xs_all):
        ys_all = [y for _, _, pts in series for _, y in pts if y > 0]
        if not xs_all or not ys_all:
            return
        lx0, lx1 = math.log10(min(xs_all)), math.log10(max(xs_all))
        ly0, ly1 = math.floor(math.log10(min(ys_all))), math.ceil(math.log10(max(ys_all)))
        if lx1 == lx0:
            lx1 += 1
        if ly1 == ly0:
            ly1 += 1
        X = lambda v: x0 + (math.log10(v) - lx0) / (lx1 - lx0) * pw
        Y = lambda v: M + ph - (math.log10(v) - ly0) / (ly1 - ly0) * ph
        out.append('<text x="%.0f" y="%d" font-weight="bold">%s</text>' % (x0, M - 25, title))
        out.append('<rect x="%.0f" y="%d" width="%.0f" height="%.0f" fill="none" stroke="#888"/>' % (x0, M, pw, ph))
        for e in range(int(ly0), int(ly1) + 1):
            out.append('<line x1="%.0f" x2="%.0f" y1="%.1f" y2="%.1f" stroke="#eee"/>' % (x0, x0 + pw, Y(10 ** e), Y(10 ** e)))
            out.append('<text x="%.0f" y="%.1f" text-anchor="end">%g</text>' % (x0 - 4, Y(10 ** e) + 4, 10 ** e))
        for v in sorted(set(xs_all)):
            out.append('<text x="%.1f" y="%d" text-anchor="middle">%g</text>' % (X(v), M + ph + 16, v))
        out.append('<text x="%.0f" y="%d" text-anchor="middle">%s</text>' % (x0 + pw / 2, M + ph + 34, xlabel))
        out.append('<text x="%.0f" y="%d">%s</text>' % (x0, M - 8, ylabel))
        for i, (label, color, pts) in enumerate(series):
            pts = [(x, y) for x, y in pts if y > 0]
            if not pts:
                continue
            d = " ".join("%s%.1f,%.1f" % ("M" if k == 0 else "L", X(x), Y(y)) for k, (x, y) in enumerate(pts))
            out.append('<path d="%s" fill="none" stroke="%s" stroke-width="2"/>' % (d, color))
            for x, y in pts:
                out.append('<circle cx="%.1f" cy="%.1f" r="3" fill="%s"/>' % (X(x), Y(y), color))
            out.append('<text x="%.0f" y="%d" fill="%s">%s</text>' % (x0 + 8, M + 14 + 14 * i, color, label))

    xs = [r for r, _ in growth_rules]
    panel(M, "Cost per profile against rules (one core)", "rules (provisions)", "µs per profile",
          [("aigov, compiled + indexed", "#1f77b4", [(r, g["indexed_us"]) for r, g in growth_rules]),
           ("aigov, compiled, no index", "#ff7f0e", [(r, g["unindexed_us"]) for r, g in growth_rules]),
           ("aigov_check (full result)", "#7f7f7f", [(r, g["reference_us"]) for r, g in growth_rules]),
           ("hand-written C loop", "#2ca02c", [(r, g["c_loop_us"]) for r, g in growth_rules])], xs)
    xs = [n for n, _ in growth_profiles]
    panel(2 * M + pw, "check --batch, real corpus, 2 jobs", "profiles", "seconds | MiB",
          [("wall time (s)", "#d62728", [(n, g["wall"]) for n, g in growth_profiles]),
           ("peak memory (MiB)", "#9467bd", [(n, g["rss"]) for n, g in growth_profiles])], xs)
    out.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    build = os.path.abspath(sys.argv[1])
    quick = "--quick" in sys.argv
    out = os.path.join(build, "bench")
    os.makedirs(out, exist_ok=True)
    gen = os.path.join(build, "bench_gen")
    aigov = os.path.join(build, "aigov")
    t_start = time.monotonic()
    load_start = os.getloadavg()[0]
    n_e2e = 100000 if quick else 1000000
    n_synth = 5000 if quick else 20000

    # ---- Data --------------------------------------------------------------------------
    log("generating corpora and profiles in " + out)
    s200 = os.path.join(out, "s200")
    s10k = os.path.join(out, "s10000")
    run([gen, "corpus", s200, "--base", "corpus", "--provisions", "200"])
    run([gen, "corpus", s10k, "--base", "corpus", "--provisions", "10000", "--instruments", "500"])
    synth = os.path.join(out, "synthetic.jsonl")
    peer = os.path.join(out, "synthetic-peer.jsonl")
    with open(synth, "w") as f:
        run([gen, "profiles", str(n_synth), "--corpus", s200, "--peer", peer], out=f)
    real = os.path.join(out, "real-%d.jsonl" % n_e2e)
    if not os.path.exists(real):
        with open(real, "w") as f:
            run([gen, "profiles", str(n_e2e), "--corpus", "builtin", "--rich", "--seed", "7"], out=f, timeout=300)

    # ---- aigov in-process ----------------------------------------------------------------
    log("aigov: real corpus")
    r_real = engine(build, "builtin", real, "real", ["--keep", str(n_synth)])
    log("aigov: 200-rule synthetic corpus")
    r200 = engine(build, s200, synth, "s200", ["--keep", str(n_synth), "--rules", s200 + ".rules.json",
                                               "--peer-profiles", peer])
    # The same, with few enough profiles that they stay in the CPU caches: how much of
    # the cost is reading profiles from memory (a parsed profile holds ~10 KB: its named
    # sets are materialised per profile by profile.c).
    env = dict(os.environ, BENCH_ONLY_DECIDE="1")
    _, _, hot = run([os.path.join(build, "bench_engine"), "--corpus", s200, "--profiles", synth, "--keep", "200",
                     "--decisions", "2000000", "--name", "s200-hot"], env=env)
    r200_hot = [json.loads(l) for l in hot.splitlines() if '"decide_indexed"' in l][0]
    log("aigov: 10,000-provision synthetic corpus")
    r10k = engine(build, s10k, synth, "s10000", ["--keep", "5000", "--decisions", "50000"])

    # ---- Growth with rules (flat corpora: one instrument, N rules) -----------------------
    growth_rules = []
    for n in (50, 200, 1000, 5000, 10000):
        d = os.path.join(out, "flat-%d" % n)
        run([gen, "corpus", d, "--base", "corpus", "--provisions", str(n), "--seed", "3"])
        log("aigov: growth, %d rules" % n)
        g = engine(build, d, synth, "flat-%d" % n, ["--keep", "2000", "--decisions", "20000",
                                                    "--rules", d + ".rules.json", "--peer-profiles", peer])
        growth_rules.append((n, {"indexed_us": 1e6 / g["decide_indexed"]["value"],
                                 "unindexed_us": 1e6 / g["decide_compiled_unindexed"]["value"],
                                 "reference_us": 1e6 / g["check_reference"]["value"],
                                 "c_loop_us": 1e6 / g["c_loop"]["value"],
                                 "candidates": g["candidates"]["value"]}))

    # ---- Peers -----------------------------------------------------------------------------
    pres, why = peers(build, out, s200 + ".rules.json", peer, 1000 if quick else 2000, n_synth)

    # ---- End to end: check --batch on the real corpus ------------------------------------------
    growth_profiles = []
    sizes = [n_e2e // 100, n_e2e // 10, n_e2e]
    for n in sizes:
        src = real
        if n != n_e2e:
            src = os.path.join(out, "real-head-%d.jsonl" % n)
            with open(real) as fin, open(src, "w") as fout:
                for i, line in enumerate(fin):
                    if i >= n:
                        break
                    fout.write(line)
        log("aigov check --batch: %d profiles, 2 jobs" % n)
        wall, rss = run_rss([aigov, "check", "--batch", src, "--jobs", "2"], os.devnull)
        growth_profiles.append((n, {"wall": wall, "rss": rss}))
    wall_1, rss_1 = run_rss([aigov, "check", "--batch", os.path.join(out, "real-head-%d.jsonl" % sizes[1]), "--jobs", "1"],
                            os.devnull)
    wall_all = growth_profiles[1][1]["wall"]
    if (os.cpu_count() or 2) > 2:
        wall_all, _ = run_rss([aigov, "check", "--batch", os.path.join(out, "real-head-%d.jsonl" % sizes[1])], os.devnull)
    out_bytes = os.path.getsize(real)

    svg(growth_rules, growth_profiles, os.path.join(out, "performance.svg"))

    # ---- Instructions (callgrind): the same whatever the machine's load -----------------------
    instr = None
    try:
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import breakdown
        log("callgrind: instructions of 2000 real lines")
        instr = breakdown.measure(build)
    except Exception as e:  # valgrind missing: said in the table
        instr_why = str(e)

    # ---- The table ----------------------------------------------------------------------------
    rows = []

    def row(measure, value, unit, target="", met=None, note=""):
        rows.append((measure, value, unit, target, "" if met is None else ("met" if met else "MISSED"), note))

    one_real = r_real["decide_one"]["value"]
    ninst = r_real["corpus_instruments"]["value"] if "corpus_instruments" in r_real else 0
    row("one profile, real corpus (decide, in memory)", "%.2f" % one_real, "µs", "<= 4 µs", one_real <= 4,
        "%d instruments" % ninst if ninst else "")
    row("one profile, real corpus (aigov_check, full result)", "%.1f" % (1e6 / r_real["check_reference"]["value"]), "µs")
    e2e_wall, e2e_rss = growth_profiles[-1][1]["wall"], growth_profiles[-1][1]["rss"]
    row("batch, real corpus, JSON Lines in and out, 2 jobs", "%.0f" % (n_e2e / e2e_wall), "profiles/s",
        note="%d profiles in %.1f s" % (n_e2e, e2e_wall))
    row("  %d profiles end to end" % n_e2e, "%.1f" % e2e_wall, "s", "< 5 s" if n_e2e == 1000000 else "",
        e2e_wall < 5 if n_e2e == 1000000 else None)
    parse, line = r_real["parse_free"]["value"], r_real["batch_line"]["value"]
    render = r_real["render"]["value"]
    dec = max(line - parse - render, 0.0)
    row("  split per profile (1 core): parse / decide / render", "%.1f / %.1f / %.1f" % (parse, dec, render), "µs",
        "decide <= 4, render <= 2", dec <= 4 and render <= 2, note="%.0f%% / %.0f%% / %.0f%% of %.1f µs per line; %.0f bytes out" % (
            100 * parse / line, 100 * dec / line, 100 * render / line, line, r_real["batch_line"]["matches"]))
    row("  parsing one real profile line (1 core)", "%.2f" % parse, "µs", "<= 3 µs", parse <= 3,
        "aigov_profile_parse then free: the yajl stream reader")
    events = r_real["parse_events"]["value"]
    row("  of parsing: yajl's events / the rest", "%.1f / %.1f" % (events, max(parse - events, 0.0)), "µs",
        note="rest: schema checks into the slots, region expansion, named sets; jansson's tree of "
             "the same line (the old reader's first step): %.1f µs" % r_real["parse_jansson"]["value"])
    speedup = wall_1 / growth_profiles[1][1]["wall"]
    row("  speed-up from 1 to 2 jobs", "%.2f" % speedup, "x", ">= 1.9x", speedup >= 1.9,
        note="%d profiles; 2 jobs = every core of this machine" % sizes[1] if (os.cpu_count() or 2) <= 2 else
        "%d profiles" % sizes[1])
    if (os.cpu_count() or 2) > 2:
        row("  speed-up from 1 to %d jobs (every core)" % os.cpu_count(), "%.2f" % (wall_1 / wall_all), "x")
    row("  peak memory (1e%d, 1e%d, 1e%d profiles)" % tuple(len(str(s)) - 1 for s in sizes),
        " / ".join("%.0f" % g["rss"] for _, g in growth_profiles), "MiB", "constant",
        growth_profiles[-1][1]["rss"] < 2 * growth_profiles[0][1]["rss"] + 16)
    d200 = r200["decide_indexed"]["value"]
    row("200-rule synthetic, decide in memory, 1 core", "%.0f" % d200, "profiles/s", ">= 1,000,000", d200 >= 1e6,
        "aigov_batch_decide_many (reads ahead in the list)")
    row("  the same, one call per profile", "%.0f" % r200["decide_single"]["value"], "profiles/s", "", None,
        "aigov_batch_decide")
    row("  the same, 200 profiles (hot in cache)", "%.0f" % r200_hot["value"], "profiles/s", ">= 1,000,000",
        r200_hot["value"] >= 1e6, "the profiles' memory is the difference")
    row("  candidates evaluated per profile", "%.1f of %d" % (r200["candidates"]["value"], r200["candidates"]["matches"]), "")
    row("  compiled, index off", "%.0f" % r200["decide_compiled_unindexed"]["value"], "profiles/s")
    row("  aigov_check (reference, full result)", "%.0f" % r200["check_reference"]["value"], "profiles/s")
    cl = r200.get("c_loop")
    if cl:
        row("  hand-written C loop (ceiling)", "%.0f" % cl["value"], "profiles/s", "C loop / aigov <= 1.5",
            cl["value"] / d200 <= 1.5, "C loop / aigov = %.2f" % (cl["value"] / d200))
    agree = [("aigov", r200["matches_first_1000"]["value"])]
    for key, label, target in (("cedar", "Cedar (cedar-wasm, pre-parsed, stateful)", 500),
                               ("cel", "CEL (cel-js, typed environment)", 25)):
        if key in pres:
            p = pres[key]
            row("  " + label, "%.0f" % p["per_s"], "profiles/s", "aigov >= %dx" % target, d200 / p["per_s"] >= target,
                "aigov / %s = %.0fx (%s)" % (key, d200 / p["per_s"], p["engine"]))
            agree.append((key, p["first1000"]))
        else:
            row("  " + label, "-", "", "aigov >= %dx" % target, None, "not measured: " + (why or "?"))
    same = len(set(v for _, v in agree if v is not None)) == 1
    if cl:
        same = same and cl["matches"] == r200["decide_indexed"]["matches"]
        agree.append(("aigov/C loop, all profiles", "%d/%d" % (r200["decide_indexed"]["matches"], cl["matches"])))
    row("  engines agree (rule matches, first 1000 profiles)", "yes" if same else "NO", "",
        note=", ".join("%s %s" % (k, v if isinstance(v, str) else int(v)) for k, v in agree if v is not None))
    d10k = r10k["decide_indexed"]["value"]
    row("10,000-provision synthetic, decide in memory, 1 core", "%.0f" % d10k, "profiles/s")
    row("  one profile", "%.2f" % r10k["decide_one"]["value"], "µs", "< 5 µs", r10k["decide_one"]["value"] < 5)
    row("  candidates evaluated per profile", "%.1f of %d" % (r10k["candidates"]["value"], r10k["candidates"]["matches"]), "")
    if instr:
        row("instructions per real line (callgrind): parse / decide / render",
            "%.1fk / %.1fk / %.1fk" % (instr["parse"] / 1e3, instr["decide"] / 1e3, instr["render"] / 1e3), "instr",
            note="%.1fk a line, %.0f bytes out (lean); the same under any load" % (instr["line"] / 1e3, instr["bytes_out"]))
        row("  of decide: prepare / conditions / the rest", "%.1fk / %.1fk / %.1fk" % (
            instr["prepare"] / 1e3, instr["conditions"] / 1e3, instr["decide_rest"] / 1e3), "instr",
            note="%.1f triggers and exemptions, %.1f provisions a line (bench/breakdown.py)" % (
                instr["n_triggers"], instr["n_provisions"]))
    else:
        row("instructions per real line (callgrind)", "-", "", note="not measured: " + instr_why)
    row("corpus load, real (median of 5)", "%.1f" % r_real["corpus_load"]["value"], "ms")
    row("corpus load, 10,000 provisions (median of 5)", "%.1f" % r10k["corpus_load"]["value"], "ms", "< 200 ms",
        r10k["corpus_load"]["value"] < 200)
    row("index build, 10,000 provisions", "%.1f" % r10k["index_build"]["value"], "ms")

    print("aigov benchmark — %s" % machine())
    print("(make bench%s; %d s; details and method: docs/performance.md)" % (" --quick" if quick else "",
                                                                             time.monotonic() - t_start))
    load = max(load_start, os.getloadavg()[0])
    if load > (os.cpu_count() or 1) * 0.75:
        print("LOADED MACHINE: load average %.1f on %d cores during the run; times below are inflated and "
              "met/MISSED of timed targets says little; the instruction counts do not depend on load" % (
                  load, os.cpu_count() or 1))
    w = [max(len(str(r[i])) for r in rows + [("measure", "value", "unit", "target", "status", "note")]) for i in range(6)]
    hdr = ("measure", "value", "unit", "target", "status", "note")
    print("  ".join(h.ljust(w[i]) for i, h in enumerate(hdr)).rstrip())
    print("  ".join("-" * w[i] for i in range(6)))
    for r in rows:
        print("  ".join(str(c).ljust(w[i]) if i != 1 else str(c).rjust(w[i]) for i, c in enumerate(r)).rstrip())
    print("growth with rules (µs/profile, 1 core): " + "; ".join(
        "%d rules: indexed %.2f, no index %.1f, C loop %.2f, candidates %.1f" % (
            n, g["indexed_us"], g["unindexed_us"], g["c_loop_us"], g["candidates"]) for n, g in growth_rules))
    print("growth with profiles (check --batch, 2 jobs): " + "; ".join(
        "%d: %.2f s, %.0f MiB" % (n, g["wall"], g["rss"]) for n, g in growth_profiles))
    print("plot: %s" % os.path.join(out, "performance.svg"))
    with open(os.path.join(out, "results.json"), "w") as f:
        json.dump({"machine": machine(), "instructions": instr, "real": r_real, "s200": r200, "s200_hot": r200_hot, "s10000": r10k, "peers": pres,
                   "growth_rules": growth_rules, "growth_profiles": growth_profiles, "input_bytes": out_bytes,
                   "rows": rows}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
