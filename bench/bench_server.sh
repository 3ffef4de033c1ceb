#!/usr/bin/env bash
# Load on `aigov serve`: POST /v1/check of one example profile with keep-alive, measured
# with wrk (Debian) on 2 threads, twice: the full report and the compact answer
# (?compact=true: the decisions and questions without the long texts, docs/check-json.md).
# Prints requests/s, p50/p99 latency and answer size of each side by side, with the machine.
# Then the stores side by side (bench/bench_store.py), and the audit log's heads and proofs
# (bench/bench_audit.py).
# Usage: bench/bench_server.sh [PATH_TO_AIGOV] [PROFILE]   (make bench-server)
set -euo pipefail
AIGOV=${1:-./build/aigov}
PROFILE=${2:-examples/cv-screener-us-to-eu.json}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-16}
command -v wrk >/dev/null || bash scripts/deps.sh bench-server
tmp=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$tmp"' EXIT
"$AIGOV" serve --db "$tmp/registry.db" --listen 127.0.0.1:0 --jobs 2 2>"$tmp/serve.log" &
pid=$!
for _ in $(seq 100); do grep -q "listening on" "$tmp/serve.log" 2>/dev/null && break; sleep 0.05; done
url=$(grep -o 'http://127.0.0.1:[0-9]*' "$tmp/serve.log")
cat >"$tmp/post.lua" <<LUA
local f = assert(io.open("$PROFILE", "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors=%d non2xx=%d\n", summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
LUA
cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
echo "bench_server: POST /v1/check, $PROFILE, keep-alive, wrk -t2 -c$CONNECTIONS -d$DURATION, server --jobs 2"
echo "machine: $(nproc) cores, $cpu, $(uname -sr)"
printf '%-8s %12s %10s %10s %12s  %s\n' answer "requests/s" p50 p99 "bytes/answer" "requests, errors"
for mode in full compact; do
  path=/v1/check
  [ "$mode" = compact ] && path="/v1/check?compact=true"
  # One warm-up request checks that the profile is accepted and measures the answer.
  code=$(curl -s -o "$tmp/answer" -w '%{http_code}' -X POST --data-binary @"$PROFILE" "$url$path" 2>/dev/null || true)
  [ "$code" = 200 ] || { echo "bench_server: POST $path answered $code" >&2; exit 1; }
  size=$(wc -c <"$tmp/answer")
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$tmp/post.lua" "$url$path")
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  result=$(grep '^RESULT' <<<"$out")
  printf '%-8s %12s %10s %10s %12s  %s\n' "$mode" "$rps" "$p50" "$p99" "$size" "${result#RESULT }"
done
# The stores side by side: SQLite, PostgreSQL behind one replica and behind two (writes/s
# and POST /v1/check requests/s; bench/bench_store.py starts a throw-away PostgreSQL).
echo
python3 bench/bench_store.py "$AIGOV" "$PROFILE"
# The registry log's signed heads and proofs beside the full check (bench/bench_audit.py).
echo
python3 bench/bench_audit.py "$AIGOV"
