#!/usr/bin/env bash
# Fuzzes every parser of untrusted input with libFuzzer (Debian's clang and libclang-rt-14-dev):
# the GLB and glTF loaders through conversion to the scene, the content file, the settings
# file, the measurement table, view and bookmark files, and lessons. Builds the targets with ASan and
# UBSan in build-fuzz/, writes the seed corpus the project makes itself, and runs each target
# for SECONDS (default 60), two at a time. The corpus grows in build-fuzz/corpus/ between runs;
# a crash is saved in build-fuzz/crashes/TARGET/ and fails the run.
#   bash src/scripts/fuzz.sh [SECONDS] [TARGET...]    (targets: fuzz_glb fuzz_gltf fuzz_content
#   fuzz_settings fuzz_measurements fuzz_view fuzz_lesson; default all)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: fuzz.sh [SECONDS] [TARGET...]"; exit 2; }
shift $(($# > 0 ? 1 : 0))

bash src/scripts/install-packages.sh clang libclang-rt-14-dev
bash src/scripts/setup.sh > /dev/null  # the normal build writes the seeds
jobs=$(nproc 2> /dev/null || echo 2)
all=(fuzz_glb fuzz_gltf fuzz_content fuzz_settings fuzz_measurements fuzz_view fuzz_lesson fuzz_palpation)
targets=("${@:-${all[@]}}")
for t in "${targets[@]}"; do
  [[ " ${all[*]} " == *" $t "* ]] || { echo "unknown target '$t' (one of: ${all[*]})"; exit 2; }
done
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang \
  -DCMAKE_CXX_COMPILER=clang++ -DPE_FUZZ=ON > /dev/null
cmake --build build-fuzz -j "$jobs" --target "${all[@]}" > build-fuzz/build.log 2>&1 ||
  { tail -30 build-fuzz/build.log; exit 1; }
rm -rf build-fuzz/seeds
build/psoas-fuzz-seeds build-fuzz/seeds > /dev/null

run() {
  local target="$1" kind="${1#fuzz_}" maxlen=65536
  [ "$kind" = glb ] && maxlen=262144
  mkdir -p "build-fuzz/corpus/$kind" "build-fuzz/crashes/$kind"
  if "build-fuzz/$target" -max_total_time="$seconds" -max_len="$maxlen" -timeout=20 -rss_limit_mb=2560 \
    -print_final_stats=1 -artifact_prefix="build-fuzz/crashes/$kind/" \
    "build-fuzz/corpus/$kind" "build-fuzz/seeds/$kind" > "build-fuzz/$target.log" 2>&1; then
    local runs
    runs=$(grep -o "stat::number_of_executed_units: *[0-9]*" "build-fuzz/$target.log" | grep -o "[0-9]*$")
    printf '%-18s %10s executions in %ss, no crash\n' "$target" "${runs:-?}" "$seconds"
  else
    echo "FAIL: $target found a problem (build-fuzz/$target.log):"
    grep -m 5 -E "ERROR|runtime error|SUMMARY|Test unit written" "build-fuzz/$target.log" || tail -20 "build-fuzz/$target.log"
    return 1
  fi
}

status=0
for ((i = 0; i < ${#targets[@]}; i += jobs)); do
  pids=()
  for target in "${targets[@]:i:jobs}"; do
    run "$target" &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" || status=1; done
done
exit $status
