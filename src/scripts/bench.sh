#!/usr/bin/env bash
# The speed figures in one run: builds (setup.sh, which also installs Xvfb), installs f3d (the
# comparison) from Debian, and runs psoas-bench on FILE (default the bundled model) at 1920x1080
# under Xvfb (the viewer and f3d need a display). Extra arguments go to psoas-bench.
#   bash src/scripts/bench.sh [FILE] [--frames N] [--pairs N] ...
set -euo pipefail
cd "$(dirname "$0")/../.."
bash src/scripts/install-packages.sh f3d
bash src/scripts/setup.sh > /dev/null
file=assets/lumbopelvic.glb
if (($#)) && [[ "$1" != -* ]]; then
  file="$1"
  shift
fi
exec xvfb-run -a -s "-screen 0 1920x1080x24" build/psoas-bench "$file" --size 1920x1080 "$@"
