#!/usr/bin/env bash
# Installs the Debian packages Psoas Explorer needs (with sudo when not root), then configures
# and builds it in build/. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

packages=(
  build-essential cmake pkg-config
  libglfw3-dev libimgui-dev libglm-dev libtinygltf-dev nlohmann-json3-dev libepoxy-dev libstb-dev libpng-dev libmeshoptimizer-dev
  libegl-dev libgl-dev libegl-mesa0 libgl1-mesa-dri
  libgtest-dev libbenchmark-dev
  fonts-dejavu-core xvfb xauth xdotool python3 clang-format
)
bash src/scripts/install-packages.sh "${packages[@]}"

jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null
cmake --build build -j "$jobs"
