#!/usr/bin/env bash
# Checks that every C++ file under src/ and tests/ is formatted as .clang-format says (Debian's
# clang-format); with --fix, formats them in place. Exits 1 naming the files that differ.
set -euo pipefail
cd "$(dirname "$0")/../.."
mapfile -t files < <(find src tests -path '*/node_modules' -prune -o \( -name '*.cpp' -o -name '*.h' \) -print | sort)
if [ "${1:-}" = "--fix" ]; then
  clang-format -i "${files[@]}"
  exit 0
fi
bad=()
for f in "${files[@]}"; do
  clang-format --dry-run --Werror "$f" > /dev/null 2>&1 || bad+=("$f")
done
if ((${#bad[@]})); then
  echo "Not formatted as .clang-format says (run bash src/scripts/format.sh --fix):"
  printf '  %s\n' "${bad[@]}"
  exit 1
fi
echo "Formatting: ${#files[@]} files match .clang-format"
