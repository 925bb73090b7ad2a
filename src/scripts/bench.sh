#!/usr/bin/env bash
# The speed figures in one run: builds (setup.sh, which also installs Xvfb), installs f3d (the
# comparison) from Debian, and runs psoas-bench on FILE (default the bundled model) at 1920x1080
# under Xvfb (the viewer and f3d need a display). Extra arguments go to psoas-bench.
# With --profile first, it records where the time goes instead (Debian's linux-perf, CPU-clock
# samples of every thread: the main thread prepares and sends the draws, llvmpipe-N rasterise
# and shade) and prints the share of each thread and library, then the hottest functions.
#   bash src/scripts/bench.sh [--profile] [FILE] [--frames N] [--pairs N] ...
set -euo pipefail
cd "$(dirname "$0")/../.."
profile=0
if (($#)) && [ "$1" = "--profile" ]; then
  profile=1
  shift
fi
bash src/scripts/install-packages.sh f3d linux-perf
bash src/scripts/setup.sh > /dev/null
file=assets/lumbopelvic.glb
if (($#)) && [[ "$1" != -* ]]; then
  file="$1"
  shift
fi
if ((profile)); then
  data=$(mktemp)
  trap 'rm -f "$data"' EXIT
  perf record -q -e cpu-clock -F 2000 -o "$data" build/psoas-bench "$file" --size 1920x1080 \
    --no-commands "$@" > /dev/null
  perf report -i "$data" --stdio --sort comm,dso 2> /dev/null | grep '%' | head -15
  perf report -i "$data" --stdio --sort comm,sym 2> /dev/null | grep '%' | head -25
  exit 0
fi
exec xvfb-run -a -s "-screen 0 1920x1080x24" build/psoas-bench "$file" --size 1920x1080 "$@"
