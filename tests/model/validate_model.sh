#!/usr/bin/env bash
# The Khronos glTF validator (npm package gltf-validator, installed by src/scripts/test.sh)
# must report no errors and no warnings on the bundled model.
set -euo pipefail
source "$(dirname "$0")/../ci.sh"
validator_dir="$1"
model="$2"
if ! command -v node > /dev/null || [ ! -d "$validator_dir/node_modules/gltf-validator" ]; then
  skip_or_fail "gltf-validator is not installed (run: npm ci --prefix $validator_dir)"
fi
node "$validator_dir/validate.mjs" "$model"
