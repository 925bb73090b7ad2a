#!/usr/bin/env bash
# The Palpation tab in a real viewer window under Xvfb (xdotool clicks): with both hips at 45
# degrees the probe straight back from the left palpation point reaches the iliacus first;
# clicking two thirds along the "Toward the spine" slider (30 degrees) turns it to the psoas
# major, and the tab's table changes on the screen. Then the guided palpation is started and
# stepped forward to its fourth step (the point), and the fingertip is dragged over the skin:
# the point moves and the reading changes. The places of the slider, the next step's button and
# the fingertip come from the viewer's debug log; the readings from its log and screenshots.
set -u
source "$(dirname "$0")/../ci.sh"
app="$1"
require_tools xvfb-run xdotool import compare
work=${KEEP:-$(mktemp -d)}
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
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
  # The guided steps: start, then forward to the point (step 4).
  place() { grep -o "$1 at [0-9,-]*\( to [0-9,]*\)\?" "$2/viewer.log" | tail -1 | sed "s/.* at //; s/ to /,/; s/,/ /g"; }
  for step in 1 2 3 4; do
    for try in 1 2 3; do  # a click a slow (sanitized) build did not see is given again
      read -r bx0 by0 bx1 by1 <<< "$(place "the next step.s button" "$1")"
      [ -n "${bx0:-}" ] || break
      xdotool mousemove "$(((bx0 + bx1) / 2))" "$(((by0 + by1) / 2))"; sleep 1
      xdotool mousedown 1; sleep 0.3; xdotool mouseup 1
      for i in $(seq 1 30); do grep -q "palpation: step $step " "$1/viewer.log" && break; sleep 0.5; done
      grep -q "palpation: step $step " "$1/viewer.log" && break
    done
    sleep 1.5
  done
  # The camera flies to the step: wait until the fingertip stays put (a slow build draws slowly).
  last=""
  for i in $(seq 1 40); do
    now=$(place "the fingertip" "$1"); [ -n "$now" ] && [ "$now" = "$last" ] && break
    last=$now; sleep 1
  done
  import -window root "$1/point-before.png"
  read -r fx fy <<< "$(place "the fingertip" "$1")"
  if [ -n "${fx:-}" ] && [ "$fx" -ge 0 ]; then
    echo "fingertip at $fx,$fy" > "$1/fingertip"
    grep "palpation: first muscle" "$1/viewer.log" | tail -1 > "$1/before-drag"
    for try in 1 2 3; do  # a press the viewer did not see yet is tried again
      read -r fx fy <<< "$(place "the fingertip" "$1")"
      xdotool mousemove "$fx" "$fy"; sleep 1
      xdotool mousedown 1; sleep 0.5
      for dx in 5 10 15 20 25 30 35 40; do xdotool mousemove "$((fx - dx))" "$((fy + dx / 4))"; sleep 0.25; done
      sleep 0.5
      xdotool mouseup 1
      sleep 3
      [ "$(grep "palpation: first muscle" "$1/viewer.log" | tail -1)" != "$(cat "$1/before-drag")" ] && break
    done
    import -window root "$1/point-after.png"
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
# The steps, then the drag.
grep -q "palpation: step 4 the_point" "$log" || fail "the next step's button did not reach step 4: $(grep "palpation: step" "$log" | tail -2)"
[ -f "$work/fingertip" ] || fail "no fingertip drawn at the point's step: $(grep "the fingertip" "$log" | tail -1)"
before=$(cat "$work/before-drag")
dragged=$(grep "palpation: first muscle" "$log" | tail -1)
echo "before the drag: ${before#*palpation: }"
echo "after the drag: ${dragged#*palpation: }"
point() { echo "$1" | sed -n 's/.*(point \([-0-9,]*\) mm).*/\1/p'; }
[ -n "$(point "$dragged")" ] && [ "$(point "$dragged")" != "$(point "$before")" ] ||
  fail "dragging the fingertip did not move the point: $(grep "palpation: first muscle" "$log" | tail -3)"
changed=$(compare -metric AE -crop "$crop" "$work/point-before.png" "$work/point-after.png" null: 2>&1 | cut -d' ' -f1)
echo "pixels of the tab that changed with the drag: $changed"
awk -v n="${changed:-0}" 'BEGIN { exit !(n > 500) }' || fail "the tab did not change with the drag"
