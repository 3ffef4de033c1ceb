#!/usr/bin/env bash
# `make run-server`: the registry service on 127.0.0.1:PORT with a fresh database (a new
# temporary file each run). Waits until it listens, then ends its output with the URL and
# the command that makes a token for writes. Ctrl-C stops it (and this script).
#   scripts/run-server.sh AIGOV PORT
set -euo pipefail
aigov=$1 port=${2:-8080}
dir=$(mktemp -d)
db=$dir/registry.db
"$aigov" serve --db "$db" --listen "127.0.0.1:$port" 2>"$dir/serve.log" &
pid=$!
trap 'kill -INT $pid 2>/dev/null; wait $pid 2>/dev/null; exit 0' INT TERM
for _ in $(seq 100); do
  grep -q "tree heads signed\|audit log does not verify" "$dir/serve.log" 2>/dev/null && break
  if ! kill -0 $pid 2>/dev/null; then cat "$dir/serve.log" >&2; exit 2; fi
  sleep 0.1
done
echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_-]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
key=$(grep -o 'public key [0-9a-f]*' "$dir/serve.log" | head -1 | cut -d' ' -f3)
if [ -n "$key" ]; then
  echo "the audit log's public key (publish it; GET /v1/audit/head is signed with it, docs/security.md):"
  echo "  $key"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN' (docs/api.md):"
echo "  $aigov token create HOLDER --db $db   (HOLDER: an organisation, or a corpus actor such as nist)"
echo "  $aigov token create --operator --db $db"
wait $pid
