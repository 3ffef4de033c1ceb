#!/usr/bin/env bash
# Installs the Debian packages aigov needs to build and test, only when missing.
# Used by `make run`, `make test` and CI. Runs apt-get (through sudo when not root).
set -euo pipefail
pkgs=(build-essential cmake pkg-config libyaml-dev libjansson-dev python3 graphviz)
# The registry service (aigov serve): HTTP, SQLite store, tokens and hashes.
pkgs+=(libmicrohttpd-dev libsqlite3-dev libsodium-dev libpq-dev)
# Its tests and benchmark: OpenAPI parsing, headless Chromium for the web page, wrk.
pkgs+=(python3-yaml chromium fonts-dejavu-core wrk)
# The PostgreSQL store's tests start a throw-away cluster (initdb, pg_ctl, pg_dump).
pkgs+=(postgresql)
for extra in "$@"; do pkgs+=("$extra"); done
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "deps: installing ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
