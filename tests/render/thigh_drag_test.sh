#!/usr/bin/env bash
# Drags the left thigh of the bundled model in a real viewer window under Xvfb (xdotool moves
# the mouse): pressing on the femur and moving the cursor forward and up must flex the left hip
# and not orbit the camera. Where the femur is comes from a screenshot of the same view.
set -u
source "$(dirname "$0")/../ci.sh"
app="$1"
require_tools xvfb-run xdotool
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The femur in the left view at the window's size, selected so it stands out in yellow.
"$app" --screenshot "$work/femur.png" --size 1280x800 --view left --hide skin --select femur_left > "$work/shot.log" 2>&1 ||
  fail "screenshot failed: $(cat "$work/shot.log")"
# A point on the lower shaft: the median selected pixel of rows 70-80% down the image.
point=$(python3 - "$work/femur.png" << 'PY'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
pos, idat = 8, b""
while pos < len(data):
    n = struct.unpack(">I", data[pos:pos + 4])[0]
    kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + n]
    if kind == b"IHDR":
        w, h, _, ctype = struct.unpack(">IIBB", body[:10])
    elif kind == b"IDAT":
        idat += body
    pos += 12 + n
bpp = 4 if ctype == 6 else 3
raw, stride = zlib.decompress(idat), w * bpp
rows, prev, o = [], bytearray(stride), 0
for y in range(h):
    f, line = raw[o], bytearray(raw[o + 1:o + 1 + stride])
    o += 1 + stride
    for x in range(stride):
        a = line[x - bpp] if x >= bpp else 0
        c = prev[x - bpp] if x >= bpp else 0
        if f == 1: line[x] = (line[x] + a) & 255
        elif f == 2: line[x] = (line[x] + prev[x]) & 255
        elif f == 3: line[x] = (line[x] + (a + prev[x]) // 2) & 255
        elif f == 4:
            p = a + prev[x] - c
            pa, pb, pc = abs(p - a), abs(p - prev[x]), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else prev[x] if pb <= pc else c)) & 255
    rows.append(line)
    prev = line
hits = [(x, y) for y in range(int(h * 0.7), int(h * 0.8)) for x in range(w)
        if rows[y][x * bpp] > 110 and rows[y][x * bpp] - rows[y][x * bpp + 2] > rows[y][x * bpp] // 4]
if not hits:
    sys.exit("no femur pixels")
hits.sort()
print(*hits[len(hits) // 2])
PY
) || fail "no femur in the screenshot"
read -r fx fy <<< "$point"

config="$work/config"
mkdir -p "$config/psoas-explorer"
# The whole window is the view, as in the screenshot: no sidebar.
echo "ui.show_sidebar = false" > "$config/psoas-explorer/settings.ini"
XDG_CONFIG_HOME="$config" xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  "$0" --size 1280x800 --view left --hide skin --time 0 --verbose > "$1/viewer.log" 2>&1 &
  pid=$!
  # Ready when the simplified level is installed (after the first frames); slow under ASan.
  for i in $(seq 1 240); do grep -q "levels of detail ready" "$1/viewer.log" && break; sleep 0.5; done
  sleep 1
  xdotool mousemove "$2" "$3"; sleep 1
  xdotool mousemove "$(($2 + 1))" "$(($3 + 1))"; sleep 1
  xdotool mousedown 1; sleep 1.5
  for i in 1 2 3 4 5 6 7 8 9 10; do xdotool mousemove "$(($2 - 15 * i))" "$(($3 - 15 * i))"; sleep 0.5; done
  sleep 1.5
  xdotool mouseup 1
  for i in $(seq 1 20); do grep -q "left hip flexion set to" "$1/viewer.log" && break; sleep 0.5; done
  sleep 1
  kill $pid; wait $pid 2> /dev/null
  exit 0' "$app" "$work" "$fx" "$fy" || fail "xvfb-run failed"
last=$(grep "left hip flexion set to" "$work/viewer.log" | tail -1)
[ -n "$last" ] || fail "dragging the femur at $fx,$fy did not flex the left hip: $(tail -5 "$work/viewer.log")"
degrees=$(echo "$last" | sed 's/.*set to \(-\?[0-9.]*\) degrees.*/\1/')
echo "femur pressed at $fx,$fy; the left hip followed the drag to $degrees degrees"
awk -v d="$degrees" 'BEGIN { exit !(d > 30) }' || fail "the hip only reached $degrees degrees"
grep -q "right hip flexion" "$work/viewer.log" && fail "the right hip moved too"
echo "thigh drag test passed"
