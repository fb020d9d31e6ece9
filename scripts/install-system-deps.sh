#!/usr/bin/env bash
# Install the Debian packages the tests drive for real: Chromium (browser tests) and
# Virtuoso (remote-store tests). Skips what is there; without root or apt it says so
# and the tests that need a missing component skip with the reason (never under CI=true).
set -u
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v virtuoso-t >/dev/null 2>&1 || need+=(virtuoso-opensource)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system-deps: cannot install ${need[*]} (needs root and apt-get); tests that need them will skip" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null 2>&1 || true
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1 \
  || { echo "install-system-deps: apt-get install ${need[*]} failed" >&2; [ "${CI:-}" = true ] && exit 1; exit 0; }
