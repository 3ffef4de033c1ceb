#!/usr/bin/env bash
# Installs the Debian packages aigov needs, only when missing. Runs apt-get (through sudo
# when not root).
#
#   scripts/deps.sh [GROUP] [EXTRA_PACKAGE...]
#
# GROUP is what the packages are for (default: run):
#   run           build aigov and run it (`make run`, `make run-server`, `make install`)
#   test          run + what the tests alone need (`make test`)
#   bench-server  run + wrk (`make bench-server`)
# Any further arguments are extra packages (e.g. `scripts/deps.sh run clang`).
set -euo pipefail
group=run
case "${1:-}" in run|test|bench-server) group=$1; shift ;; esac
# Build: compiler, CMake, pkg-config and the libraries' headers (libyaml, jansson, yajl; the
# registry service's microhttpd, SQLite, libpq, libsodium). Runtime: graphviz for --format svg.
pkgs=(build-essential cmake pkg-config libyaml-dev libjansson-dev libyajl-dev)
pkgs+=(libmicrohttpd-dev libsqlite3-dev libpq-dev libsodium-dev graphviz)
case "$group" in
  test)
    # The end-to-end tests (python3), OpenAPI parsing (python3-yaml), Markdown rendering
    # (python3-markdown), the web page in headless Chromium with a font, and `man -l` of
    # the installed man page (man-db), the zsh completion (zsh -n).
    # The PostgreSQL store's tests start a throw-away cluster (initdb, pg_ctl, pg_dump).
    # The Python package (python/) is built in a venv (python3-venv, pip) over ctypes and
    # tested with pytest, pandas for its to_dataframe(); OSCAL and SARIF outputs are validated
    # with python3-jsonschema (python3-regex for the OSCAL schemas' Unicode classes).
    pkgs+=(python3 python3-yaml python3-markdown chromium fonts-dejavu-core man-db zsh postgresql)
    pkgs+=(python3-venv python3-pip python3-pytest python3-jsonschema python3-regex python3-pandas) ;;
  bench-server)
    pkgs+=(wrk python3 postgresql) ;;
esac
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
