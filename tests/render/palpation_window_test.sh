#!/usr/bin/env bash
# The Palpation tab in a real viewer window under Xvfb (xdotool clicks): with both hips at 45
# degrees the probe straight back from the left palpation point reaches the iliacus first;
# clicking two thirds along the "Toward the spine" slider (30 degrees) turns it to the psoas
# major, and the tab's table changes on the screen. The slider's place comes from the viewer's
# debug log; the readings from its log and a screenshot of the window before and after.
set -u
source "$(dirname "$0")/../ci.sh"
app="$1"
require_tools xvfb-run xdotool import compare
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
config="$work/config"
mkdir -p "$config/psoas-explorer"
echo "ui.sidebar_tab = 4" > "$config/psoas-explorer/settings.ini"
XDG_CONFIG_HOME="$config" xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  "$0" --size 1280x800 --pose hip_flexion_left=45,hip_flexion_right=45 --view left --verbose \
    > "$1/viewer.log" 2>&1 &
  pid=$!
  for i in $(seq 1 240); do grep -q "levels of detail ready" "$1/viewer.log" && break; sleep 0.5; done
  grep -q "levels of detail ready" "$1/viewer.log" || echo "never ready" > "$1/not-ready"
  for i in $(seq 1 40); do grep -q "palpation: first muscle" "$1/viewer.log" && break; sleep 0.5; done
  sleep 2
  import -window root "$1/before.png"
  slider=$(grep -o "the turn.s slider at [0-9,]* to [0-9,]*" "$1/viewer.log" | tail -1)
  read -r x0 y0 x1 y1 <<< "$(echo "$slider" | sed "s/.* at \([0-9]*\),\([0-9]*\) to \([0-9]*\),\([0-9]*\)/\1 \2 \3 \4/")"
  if [ -n "${x0:-}" ]; then
    xdotool mousemove "$((x0 + (x1 - x0) * 2 / 3))" "$(((y0 + y1) / 2))"; sleep 1
    xdotool click 1
    for i in $(seq 1 40); do grep -q "first muscle psoas_major_left" "$1/viewer.log" && break; sleep 0.5; done
    sleep 2
    import -window root "$1/after.png"
  fi
  kill $pid; wait $pid 2> /dev/null
  exit 0' "$app" "$work" || fail "xvfb-run failed"
log="$work/viewer.log"
[ ! -f "$work/not-ready" ] || fail "the viewer never got ready: $(tail -5 "$log")"
grep -q "the turn.s slider at" "$log" || fail "the Palpation tab was not drawn: $(tail -5 "$log")"
first=$(grep "palpation: first muscle" "$log" | head -1)
echo "$first" | grep -q "first muscle iliacus_left" || fail "straight back: $first"
turned=$(grep "first muscle psoas_major_left" "$log" | head -1)
[ -n "$turned" ] || fail "turned toward the spine the probe did not reach the psoas: $(grep palpation "$log" | tail -3)"
echo "straight back: ${first#*palpation: }"
echo "turned: ${turned#*palpation: }"
[ -f "$work/after.png" ] || fail "no screenshot after the click"
# The tab below the slider (as wide as the slider and its label) shows the new table.
slider=$(grep -o "the turn.s slider at [0-9,]* to [0-9,]*" "$log" | tail -1)
read -r _ y0 x1 y1 <<< "$(echo "$slider" | sed 's/.* at \([0-9]*\),\([0-9]*\) to \([0-9]*\),\([0-9]*\)/\1 \2 \3 \4/')"
crop="$((x1 + 120))x400+0+$((y1 + 20))"
changed=$(compare -metric AE -crop "$crop" "$work/before.png" "$work/after.png" null: 2>&1 | cut -d' ' -f1)
echo "pixels of the tab that changed: $changed"
awk -v n="${changed:-0}" 'BEGIN { exit !(n > 2000) }' || fail "the tab did not change on the screen"
