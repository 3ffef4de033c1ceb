#!/usr/bin/env bash
# aigov-gate.sh — the CI gate over a repository's AI system profiles (docs/ci.md): checks
# them with `aigov check --fail-on WHAT --format sarif`, writes the SARIF log for code
# review, and exits as aigov does: 0 passes, 1 a profile fails the gate (the report is
# printed), 2 bad input (the errors, with file:line:col, are printed).
#
#   aigov-gate.sh [PROFILE...]      (no PROFILE: the files the glob AIGOV_PROFILES names)
#
# Environment (every one optional):
#   AIGOV           the aigov binary (default: aigov on PATH)
#   AIGOV_FAIL_ON   banned | prohibited | binding | unknown (default: banned)
#   AIGOV_PROFILES  a bash glob of profiles, ** included (default: profiles/**/*.json)
#   AIGOV_SARIF     where to write the SARIF log (default: none written)
#   AIGOV_DATE      decide on this date (default: each profile's date, else today)
set -uo pipefail
aigov=${AIGOV:-aigov}
fail_on=${AIGOV_FAIL_ON:-banned}
if [ $# -eq 0 ]; then
  shopt -s globstar nullglob
  # shellcheck disable=SC2206 # the glob is meant to expand
  set -- ${AIGOV_PROFILES:-profiles/**/*.json}
fi
if [ $# -eq 0 ]; then
  echo "aigov-gate: no profiles to check (${AIGOV_PROFILES:-profiles/**/*.json} matches nothing)" >&2
  exit 0
fi
if [ $# -gt 64 ]; then
  echo "aigov-gate: $# profiles; aigov check takes at most 64 at once: split them over several runs (docs/ci.md)" >&2
  exit 2
fi
date_opt=()
[ -n "${AIGOV_DATE:-}" ] && date_opt=(--date "$AIGOV_DATE")
rc=0
if [ -n "${AIGOV_SARIF:-}" ]; then
  # Written whole under a temporary name, then renamed: never half a log.
  if ! : 2>/dev/null > "$AIGOV_SARIF.tmp"; then
    echo "aigov-gate: cannot write the SARIF log $AIGOV_SARIF" >&2
    exit 2
  fi
  "$aigov" check "$@" "${date_opt[@]}" --fail-on "$fail_on" --format sarif > "$AIGOV_SARIF.tmp" || rc=$?
  if [ "$rc" -ge 2 ]; then rm -f "$AIGOV_SARIF.tmp"; exit "$rc"; fi
  mv "$AIGOV_SARIF.tmp" "$AIGOV_SARIF"
fi
# The report a person reads in the log (and the exit code when no SARIF is written).
"$aigov" check "$@" "${date_opt[@]}" --fail-on "$fail_on" --binding-only || rc=$?
if [ "$rc" -eq 1 ]; then
  echo "aigov-gate: a profile fails --fail-on $fail_on (see above)" >&2
fi
exit "$rc"
