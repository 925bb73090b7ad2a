# Sourced by the shell tests: the one rule for CI (as in TestSupport.cpp's inCi): CI is on when
# the variable CI is set to anything but "", "0" or "false" (any case). Off CI a test that lacks
# what it needs skips (exit 77, which CTest shows as skipped); in CI it fails.
in_ci() {
  local ci
  ci=$(printf '%s' "${CI:-}" | tr '[:upper:]' '[:lower:]')
  [ -n "$ci" ] && [ "$ci" != "0" ] && [ "$ci" != "false" ]
}

# Prints why, then exits 1 in CI and 77 elsewhere.
skip_or_fail() {
  if in_ci; then
    echo "FAIL (CI): $*"
    exit 1
  fi
  echo "SKIPPED: $*"
  exit 77
}

# Skips (or fails in CI) unless every tool named is installed.
require_tools() {
  local tool
  for tool in "$@"; do
    command -v "$tool" > /dev/null || skip_or_fail "$tool is not installed"
  done
}

fail() {
  echo "FAIL: $*"
  exit 1
}
