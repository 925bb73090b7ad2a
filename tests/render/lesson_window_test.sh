#!/usr/bin/env bash
# Lessons in a real viewer window under Xvfb (xdotool presses the keys, ImageMagick's import
# takes the screen):
#  - first look: a new user's window at 1920x1080 shows the model large in the part the sidebar
#    leaves free, with no panel over it and nothing moving;
#  - presenter mode: F5 fills the screen, three quick taps as a clicker sends them (Right, Page
#    Down, Space) each change the step indicator and the picture, the pen (P) draws on the view
#    and E erases it, L shows the laser pointer, B blanks the screen and '.' shows it again, Esc
#    returns to the window;
#  - authoring: Insert adds the current view as a step twice, Ctrl+Shift+S saves the lesson,
#    and a lesson opened and saved again is the same file.
set -u
source "$(dirname "$0")/../ci.sh"
app=$(realpath "$1")
lesson=$(realpath "$2")
require_tools xvfb-run xdotool import python3
work=$(mktemp -d)
trap '[ -n "${KEEP_WORK:-}" ] && cp -r "$work" /tmp/kept; rm -rf "$work"' EXIT
cd "$work"

# Starts the viewer on screen SCREEN with the arguments given, waits until it is ready, runs
# the steps of SCRIPT (a bash snippet with the helpers below), then quits with Ctrl+Q.
session() {
  local screen="$1"
  shift
  rm -f viewer.log
  rm -rf "$work/config"  # each session starts as a new user's
  XDG_CONFIG_HOME="$work/config" xvfb-run -a -s "-screen 0 ${screen}x24" bash -c '
    key() { xdotool keydown "$1"; sleep 0.2; xdotool keyup "$1"; sleep "${2:-1.2}"; }
    # A quick press and release, as a presentation clicker sends: it must not be missed.
    tap() { xdotool key "$1"; sleep "${2:-1.2}"; }
    # A tap that flies the camera: waits until the viewer says the view has settled.
    fly() {
      local before
      before=$(grep -c "view settled" viewer.log)
      tap "$1" 0.2
      for i in $(seq 1 240); do [ "$(grep -c "view settled" viewer.log)" -gt "$before" ] && break; sleep 0.25; done
      sleep 1
    }
    shot() { import -window root "$1"; }
    "$0" --verbose "${@:1}" > viewer.log 2>&1 &
    pid=$!
    for i in $(seq 1 240); do
      grep -qs "levels of detail ready" viewer.log && break
      kill -0 $pid 2> /dev/null || break
      sleep 0.5
    done
    sleep 1.5
    eval "$SCRIPT"
    key ctrl+q
    for i in $(seq 1 60); do kill -0 $pid 2> /dev/null || break; sleep 0.5; done
    kill $pid 2> /dev/null; wait $pid' "$app" "$@" || true
}

# --- First look: a fresh settings folder, a 2400x1350 screen: the window opens at 80%.
SCRIPT='xdotool mousemove 2390 1340; sleep 0.5; shot first-a.png; sleep 1; shot first-b.png' \
  session 2400x1350 --capture scene.png
[ -f scene.png ] || fail "the viewer wrote no --capture picture: $(tail -5 viewer.log)"
python3 - << 'PY' || fail "first look: $(cat first.txt 2> /dev/null)"
import subprocess, sys
def load(path):
    out = subprocess.run(["convert", path, "-depth", "8", "rgb:-"], capture_output=True, check=True).stdout
    size = subprocess.run(["identify", "-format", "%w %h", path], capture_output=True, text=True, check=True).stdout.split()
    return int(size[0]), int(size[1]), out
w, h, scene = load("scene.png")
W, H, screen = load("first-a.png")
_, _, later = load("first-b.png")
report = open("first.txt", "w")
def px(buf, width, x, y):
    i = 3 * (y * width + x)
    return buf[i], buf[i + 1], buf[i + 2]
if (w, h) != (1920, 1080):
    report.write(f"the window is {w}x{h}, not 80% of the 2400x1350 screen\n"); sys.exit(1)
# The model: pixels of the scene unlike the background at the right edge of their row.
xs, ys = [], []
for y in range(0, h, 2):
    bg = px(scene, w, w - 2, y)
    for x in range(0, w, 2):
        if sum(abs(a - b) for a, b in zip(px(scene, w, x, y), bg)) > 40:
            xs.append(x); ys.append(y)
x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
# Panels: pixels of the window that differ from the scene drawn without them.
panel_right = 0
for y in range(0, h, 2):
    for x in range(0, w, 2):
        if sum(abs(a - b) for a, b in zip(px(screen, W, x, y), px(scene, w, x, y))) > 60:
            if x < w // 2: panel_right = max(panel_right, x)
free_height = h
report.write(f"model {x0}..{x1} x {y0}..{y1}; panels reach x = {panel_right}\n")
overlap = sum(1 for y in range(y0, y1, 2) for x in range(x0, x1, 2)
              if sum(abs(a - b) for a, b in zip(px(screen, W, x, y), px(scene, w, x, y))) > 60)
ok = True
if y1 - y0 < 0.5 * free_height:
    report.write(f"the model spans {y1 - y0} px of the {free_height} px view\n"); ok = False
if overlap > 0:
    report.write(f"{overlap} pixels of panels lie over the model\n"); ok = False
if panel_right < 150:
    report.write("no sidebar found at the left\n"); ok = False
moved = sum(1 for y in range(y0, y1, 4) for x in range(x0, x1, 4)
            if px(screen, W, x, y) != px(later, W, x, y))
if moved:
    report.write(f"{moved} pixels of the model changed in a second: something is playing\n"); ok = False
sys.exit(0 if ok else 1)
PY
echo "first look: $(cat first.txt)"

# --- Presenter mode on a smaller window: F5 fills the 1600x900 screen.
SCRIPT='shot window.png; key F5 4; shot p0.png
  fly Right; shot p1.png; fly Next; shot p2.png; fly space; shot p3.png
  tap p 1.5; xdotool mousemove 1000 300; sleep 0.5; xdotool mousedown 1; sleep 0.5
  for x in 1050 1100 1150 1200 1250; do xdotool mousemove $x $((x / 2 - 200)); sleep 0.4; done
  xdotool mouseup 1; sleep 1.5; shot pen.png; tap e 1.5; shot erased.png; tap p 1
  tap l 1.5; xdotool mousemove 1400 200; sleep 1.5; shot laser.png; tap l 1
  tap b 1.5; shot blank.png; tap period 1.5; shot unblank.png; tap Escape 2.5; shot back.png' \
  session 1600x900 --size 1024x640 --lesson "$lesson"
grep -q "presenter mode$" viewer.log || fail "F5 did not start presenter mode: $(tail -5 viewer.log)"
for n in 2 3 4; do
  grep -q "lesson step $n of" viewer.log || fail "Right did not reach step $n: $(grep 'lesson step' viewer.log)"
done
grep -q "presenter mode left" viewer.log || fail "Esc did not leave presenter mode"
python3 - << 'PY' || fail "presenter: $(cat presenter.txt 2> /dev/null)"
import subprocess, sys
def load(path):
    return subprocess.run(["convert", path, "-depth", "8", "rgb:-"], capture_output=True, check=True).stdout
W, H = 1600, 900
shots = {n: load(n + ".png") for n in ["window", "p0", "p1", "p2", "p3", "pen", "erased", "laser",
                                        "blank", "unblank", "back"]}
def px(name, x, y):
    i = 3 * (y * W + x); b = shots[name]; return b[i], b[i + 1], b[i + 2]
def differ(a, b, box):
    x0, y0, x1, y1 = box
    return sum(1 for y in range(y0, y1, 2) for x in range(x0, x1, 2) if px(a, x, y) != px(b, x, y))
report = open("presenter.txt", "w"); ok = True
corner = (1250, 820)  # outside the 1024x640 window, inside the full screen
if px("window", *corner) != (0, 0, 0) or px("p0", *corner) == (0, 0, 0):
    report.write("F5 did not fill the screen\n"); ok = False
indicator = (1200, 800, 1600, 900)  # the step indicator at the bottom right
for a, b in [("p0", "p1"), ("p1", "p2"), ("p2", "p3")]:
    if differ(a, b, indicator) == 0:
        report.write(f"the step indicator did not change from {a} to {b}\n"); ok = False
    if differ(a, b, (0, 0, W, H)) < 2000:
        report.write(f"the picture did not change from {a} to {b}\n"); ok = False
# The pen drew on the view over the stroke's path; E erased it; the laser is a red dot.
view = (900, 50, 1350, 500)
if differ("p3", "pen", view) < 50:
    report.write("the pen drew nothing\n"); ok = False
if differ("p3", "erased", view) > 20:
    report.write("E did not erase the drawing\n"); ok = False
red = sum(1 for y in range(180, 220) for x in range(1380, 1420)
          if px("laser", x, y)[0] > 200 and px("laser", x, y)[1] < 80)
if red < 20:
    report.write(f"no laser pointer at the mouse ({red} red pixels)\n"); ok = False
dark = sum(1 for y in range(0, H, 3) for x in range(0, W, 3) if max(px("blank", x, y)) < 8)
if dark < 0.99 * (H // 3 + 1) * (W // 3 + 1):
    report.write(f"B did not blank the screen ({dark} dark samples)\n"); ok = False
if differ("p3", "unblank", (0, 0, W, 700)) > 200:
    report.write("B again did not bring the step back\n"); ok = False
if px("back", *corner) != (0, 0, 0):
    report.write("Esc did not return to the window\n"); ok = False
sys.exit(0 if ok else 1)
PY

# --- Authoring: two steps from the view (Insert), saved with Ctrl+Shift+S into this folder.
# The save dialog offers lesson.json in the current folder (this one); Enter takes it.
SCRIPT='key Insert; fly 3; key Insert; key ctrl+shift+s 2; key Return 2' \
  session 1600x900 --size 1024x640
[ -f lesson.json ] || fail "Ctrl+Shift+S wrote no lesson: $(tail -5 viewer.log)"
python3 -c "
import json, sys
l = json.load(open('lesson.json'))
assert l['psoas_explorer_lesson'] == 1, l
assert len(l['steps']) == 2, len(l['steps'])
assert l['steps'][1]['view']['camera']['azimuth'] == 90, l['steps'][1]['view']['camera']
" || fail "the saved lesson is not the two steps made: $(cat lesson.json)"
"$app" --lesson lesson.json --step 2 --screenshot step2.png --size 320x240 > /dev/null 2>&1 || fail "the saved lesson does not render"
cp lesson.json before.json
SCRIPT='key ctrl+shift+s 1.5; key Return 1.5' session 1600x900 --size 1024x640 --lesson "$PWD/lesson.json"
cmp -s lesson.json before.json || fail "opening and saving the lesson changed it: $(diff before.json lesson.json | head)"
ls | grep -q tmp && fail "a temporary file was left behind"
echo "lesson window test passed"
