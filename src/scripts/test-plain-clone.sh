#!/usr/bin/env bash
# What a user's clone gets: clones this repository's HEAD into a temporary folder with no
# ../shared beside it and runs the README's test command there with CI unset: it must pass,
# naming the tests it skipped. Then the same suites with CI=true must fail, saying why.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q . "$work/main"
[ ! -e "$work/shared" ] || { echo "FAIL: $work/shared exists"; exit 1; }
cd "$work/main"
echo "== The README's test command in a clone without ../shared, CI unset =="
if ! env -u CI bash src/scripts/test.sh > "$work/plain.log" 2>&1; then
  tail -60 "$work/plain.log"
  echo "FAIL: the test command fails on a plain clone"
  exit 1
fi
grep -E "tests passed|Skipped\)|Not Run" "$work/plain.log" || true
echo "== The same suites with CI=true must fail =="
if CI=true ctest --test-dir build -j "$(nproc)" --output-on-failure -L "unit|robustness|render|model|bench" > "$work/ci.log" 2>&1; then
  echo "FAIL: with CI=true and no ../shared the suites passed"
  exit 1
fi
grep -m 3 "missing in CI" "$work/ci.log" || { tail -30 "$work/ci.log"; echo "FAIL: no message saying ../shared is missing"; exit 1; }
echo "plain clone check passed"
