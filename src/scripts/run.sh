#!/usr/bin/env bash
# Sets everything up, then starts the viewer (on the bundled model unless a FILE is given).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash src/scripts/setup.sh
exec ./build/psoas-explorer "$@"
