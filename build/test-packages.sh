#!/usr/bin/env bash
# Debian packages the tests need (sourced by test.sh): PostgreSQL for the PostgreSQL variants, Chromium and CJK
# fonts for the browser tests. Installed when missing and this runs as root with apt-get (as on CI and on a
# fresh machine); otherwise it says what to install.

ensure_test_packages() {
  local missing=() package
  for package in postgresql chromium fonts-noto-cjk; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "== Installing ${missing[*]} (Debian packages)"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Missing Debian packages: ${missing[*]} (sudo apt-get install -y ${missing[*]}); the tests that need them will fail or be skipped." >&2
  fi
}
