#!/usr/bin/env bash
# Runs every libFuzzer target for FUZZ_SECONDS each (make fuzz FUZZ_SECONDS=N), seeded
# from the real corpus files, example profiles, conditions and the regression inputs.
# Crashes, leaks and timeouts are saved to fuzz/crashes/ and fail the run; a found input
# belongs in tests/fuzz-regressions/<target>/ once fixed. Prints executions, CPU time and
# coverage. The corpus is kept in the repository (fuzz/corpus/<target>/), minimised after
# each run (libFuzzer's -merge=1), so that the next run starts where this one ended.
# Usage: scripts/fuzz.sh [BUILD [SECONDS [TARGET...]]] (default: every target).
set -euo pipefail
build=${1:-build-fuzz}
seconds=${2:-60}
shift $(( $# < 2 ? $# : 2 ))
targets=${*:-yaml corpus cel profile criteria overlay http merkle}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seeds="$build/seeds"
rm -rf "$seeds"
mkdir -p "$seeds"/{yaml,corpus,cel,profile,criteria,overlay,http,merkle} fuzz/crashes
cp corpus/instruments/*.yaml tests/fuzz-regressions/yaml/* "$seeds/yaml/" 2>/dev/null || true
cp tests/fixtures/mini/instruments/*.yaml tests/fuzz-regressions/corpus/* "$seeds/corpus/" 2>/dev/null || true
cp examples/*.json tests/bad/profiles/*.json tests/fuzz-regressions/profile/* "$seeds/profile/" 2>/dev/null || true
cp tests/fuzz-regressions/criteria/* "$seeds/criteria/" 2>/dev/null || true
cp tests/fuzz-regressions/cel/* "$seeds/cel/" 2>/dev/null || true
cp examples/overlays/*.yaml tests/bad/overlays/*.yaml tests/fuzz-regressions/overlay/* "$seeds/overlay/" 2>/dev/null || true
# Real requests: every route of docs/openapi.yaml, the example profiles as bodies.
python3 scripts/http_seeds.py "$seeds/http" >/dev/null
cp tests/fuzz-regressions/http/* tests/bad/http/*.request "$seeds/http/" 2>/dev/null || true
# Every condition of the corpus, one file each, as seeds for the condition language.
python3 - "$seeds/cel" <<'PY'
import glob, re, sys, hashlib
out = sys.argv[1]
for f in glob.glob("corpus/instruments/*.yaml"):
    for m in re.finditer(r"^\s*when:\s*(.+)$", open(f, encoding="utf-8").read(), re.M):
        w = m.group(1).strip()
        if len(w) > 1 and w[0] == w[-1] and w[0] in "'\"":
            w = w[1:-1].replace("''", "'")
        open(f"{out}/{hashlib.sha1(w.encode()).hexdigest()[:12]}", "w").write(w)
PY
printf '\x01' | cat - criteria/default.yaml > "$seeds/criteria/default.yaml"
# CPU seconds (user + system) of the children finished so far, from `times` as the shell
# itself prints it (its second line); `times` must run in this shell, not a subshell.
child_cpu() {
    tail -1 "$1" | python3 -c "import re,sys; print(sum(int(m)*60+float(s) for m,s in re.findall(r'(\d+)m([\d.]+)s', sys.stdin.read())))"
}
status=0
printf '%-10s %12s %12s %14s %10s %8s %8s %s\n' target seconds cpu-seconds executions exec/s cov ft result
for t in $targets; do
    log="$build/fuzz-$t.log"
    kept="fuzz/corpus/$t"          # the minimised corpus, in the repository
    mkdir -p "$kept" "$build/corpus-$t"   # what libFuzzer finds this run goes to the second
    start=$(date +%s.%N)
    times >"$build/times-start"
    if "$build/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=3072 -print_final_stats=1 \
        -artifact_prefix="fuzz/crashes/$t-" "$build/corpus-$t" "$kept" "$seeds/$t" >"$log" 2>&1; then
        result=ok
    else
        result="FAILED (see $log and fuzz/crashes/)"
        status=1
    fi
    end=$(date +%s.%N)
    times >"$build/times-end"
    cpu=$(python3 -c "print(f'{$(child_cpu "$build/times-end")-$(child_cpu "$build/times-start"):.0f}')")
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    secs=$(python3 -c "print(f'{$end-$start:.0f}')")
    rate=$(python3 -c "print(int(${execs:-0}/max(1,$end-$start)))")
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo -)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo -)
    # Minimise what was kept and what was found into the repository's corpus.
    rm -rf "$kept.new" && mkdir -p "$kept.new"
    if "$build/fuzz_$t" -merge=1 -timeout=10 -rss_limit_mb=3072 "$kept.new" "$kept" "$build/corpus-$t" >"$build/merge-$t.log" 2>&1; then
        rm -rf "$kept" && mv "$kept.new" "$kept"
        find "$kept" -type f -size +64k -delete   # large inputs come back as seeds and regressions
    else
        rm -rf "$kept.new"
    fi
    printf '%-10s %12s %12s %14s %10s %8s %8s %s\n' "$t" "$secs" "$cpu" "${execs:-0}" "$rate" "${cov:--}" "${ft:--}" "$result"
done
exit $status
