#!/usr/bin/env bash
# The one test command. Backend tests on SQLite and PostgreSQL (a throw-away cluster is started when PostgreSQL is
# installed; CI=true makes its absence an error), the Angular unit tests, and the browser tests in Debian's Chromium.
# As root it installs the Debian packages these need when they are missing (build/test-packages.sh).
# Ends with the line "N passed, N failed" over all suites; exits non-zero if anything failed.
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD
results=$root/artifacts/test-results
rm -rf "$results" "$root/artifacts/screenshots"
mkdir -p "$results"

source build/test-packages.sh
ensure_test_packages
source build/postgres.sh
trap stop_test_postgres EXIT
filter=()
if [ -z "${IP_TEST_POSTGRES:-}" ] && ! start_test_postgres; then
  if [ "${CI:-}" = "true" ]; then
    echo "CI needs PostgreSQL (apt-get install postgresql); none is installed." >&2
    exit 1
  fi
  echo "PostgreSQL is not installed here: the PostgreSQL variants are skipped (CI runs them)."
  filter=(--filter "Database!=PostgreSQL")
fi

echo "== Angular: install and build (the browser tests serve this build)"
(
  cd angular
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund
  fi
  # A CLI that never exits (an undisposed esbuild context, seen with two components sharing one inline stylesheet)
  # fails here within minutes instead of eating the whole CI budget.
  timeout 900 npm run build || { echo "Angular build failed or did not exit within 900 s" >&2; exit 1; }
)

echo "== .NET: build"
dotnet build InvestmentPipeline.sln -p:SkipAngularBuild=true -nologo -v q

set +e
echo "== .NET: tests"
dotnet test InvestmentPipeline.sln --no-build "${filter[@]}" --logger trx --results-directory "$results"
dotnet_rc=$?
echo "== Angular: unit tests"
(cd angular && NO_COLOR=1 FORCE_COLOR=0 timeout 900 npm test) 2>&1 | tee "$results/angular.log"
angular_rc=${PIPESTATUS[0]}
set -e

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  passed=$((passed + $(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")))
  failed=$((failed + $(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")))
done
angular_line=$(sed -E 's/\x1b\[[0-9;]*m//g' "$results/angular.log" | grep -E '^\s*Tests\s' | tail -n 1 || true)
passed=$((passed + $(grep -oE '[0-9]+ passed' <<<"$angular_line" | grep -oE '[0-9]+' || echo 0)))
failed=$((failed + $(grep -oE '[0-9]+ failed' <<<"$angular_line" | grep -oE '[0-9]+' || echo 0)))

node build/failed-tests.mjs "$results"/*.trx || true
echo "Screenshots of the browser tests: artifacts/screenshots/"
echo "$passed passed, $failed failed"
[ "$dotnet_rc" -eq 0 ] && [ "$angular_rc" -eq 0 ] && [ "$failed" -eq 0 ]
