#!/usr/bin/env bash
# Runs the interactive viewer in a real window under Xvfb for a few frames: it must start,
# draw and quit cleanly, write its settings atomically to the XDG config folder, and survive a
# corrupt settings file with a message naming the file and line.
set -u
source "$(dirname "$0")/../ci.sh"
app="$1"
model="$2"
require_tools xvfb-run
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
run() { XDG_CONFIG_HOME="$config" xvfb-run -a -s "-screen 0 1024x768x24" "$app" "$@" 2>&1; }

out=$(run "$model" --frames 12) || fail "viewer exited with $?: $out"
[ -f "$config/psoas-explorer/settings.ini" ] || fail "settings.ini was not written"
[ -f "$config/psoas-explorer/imgui.ini" ] || fail "imgui.ini was not written"
grep -q "^window.width = 819$" "$config/psoas-explorer/settings.ini" || fail "unexpected settings: $(cat "$config/psoas-explorer/settings.ini")"
ls "$config/psoas-explorer" | grep -q tmp && fail "a temporary file was left behind"

# Pose controls from the command line: a flexed hip with the contraction tint, kept in settings.
out=$(run "$model" --frames 8 --pose hip_flexion_left=90,hip_flexion_right=-15 --contraction) || fail "viewer with --pose exited with $?: $out"
grep -q "^pose.contraction_tint = true$" "$config/psoas-explorer/settings.ini" || fail "contraction tint not kept: $(cat "$config/psoas-explorer/settings.ini")"

printf 'camera.fov_degrees = 50\nthis is not a setting\nrender.still_msaa_samples = many\n' > "$config/psoas-explorer/settings.ini"
out=$(run "$model" --frames 5) || fail "viewer failed on a corrupt settings file: $out"
echo "$out" | grep -q "settings.ini:2: expected 'key = value'" || fail "no message naming the bad line: $out"
grep -q "^camera.fov_degrees = 50$" "$config/psoas-explorer/settings.ini" || fail "the readable setting was lost"
grep -q "^render.still_msaa_samples = 0$" "$config/psoas-explorer/settings.ini" || fail "the bad value was not reset"

out=$(run "$model.missing" --frames 3) || fail "viewer must start even when the file is missing: $out"
echo "$out" | grep -q "not found" || fail "no message for the missing file: $out"
echo "viewer window test passed"
