#!/usr/bin/env bash
# Sets everything up and runs every test: the normal build, then an ASan+UBSan build of the
# unit, robustness and render suites. Render tests draw with Mesa's llvmpipe through EGL
# (no display needed); the viewer-window test runs under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash src/scripts/setup.sh
# What only the tests use: ImageMagick reads the window tests' screenshots, Chromium opens the
# lesson handout and the browser build (driven over its DevTools protocol with Debian's
# python3-websocket).
bash src/scripts/install-packages.sh imagemagick chromium python3-websocket
jobs=$(nproc 2>/dev/null || echo 2)

echo "== The browser build (src/scripts/web.sh) =="
bash src/scripts/web.sh

# The Khronos glTF validator (npm package gltf-validator) checks the bundled model.
if ! command -v npm > /dev/null; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends nodejs npm
fi
npm ci --prefix src/tools/gltf-validator --no-audit --no-fund --loglevel=error

echo "== Formatting (clang-format, .clang-format) =="
bash src/scripts/format.sh

echo "== Tests (RelWithDebInfo build) =="
ctest --test-dir build --output-on-failure -j "$jobs"

echo "== Tests under AddressSanitizer + UndefinedBehaviorSanitizer =="
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DPE_SANITIZE=ON > /dev/null
cmake --build build-asan -j "$jobs"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ASAN_OPTIONS="detect_leaks=1:halt_on_error=1" \
  ctest --test-dir build-asan --output-on-failure -j "$jobs" -L "unit|robustness"
# Mesa's llvmpipe driver is unloaded at exit with allocations of its own still live, and LSan
# cannot name their frames, so leak checking is off for the GL suite; memory errors and
# undefined behaviour are still caught there.
ASAN_OPTIONS="detect_leaks=0:halt_on_error=1" \
  ctest --test-dir build-asan --output-on-failure -j "$jobs" -L render

echo "== Fuzzing: every parser for about a minute each (src/scripts/fuzz.sh) =="
bash src/scripts/fuzz.sh 60
