#!/usr/bin/env bash
# Bookmarks in a real viewer window under Xvfb (xdotool types the keys): Ctrl+B keeps the view
# in the settings folder, the bookmark survives a restart, and a damaged line in the file is
# reported by file and line while the readable bookmarks and the damaged line itself are kept.
set -u
source "$(dirname "$0")/../ci.sh"
app="$1"
require_tools xvfb-run xdotool
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
file="$work/config/psoas-explorer/views.jsonl"

# Starts the viewer, waits until it is ready, presses the keys given, then quits with Ctrl+Q.
session() {
  rm -f "$work/viewer.log"
  XDG_CONFIG_HOME="$work/config" xvfb-run -a -s "-screen 0 1024x768x24" bash -c '
    "$0" --size 640x480 --verbose "${@:2}" > "$1/viewer.log" 2>&1 &
    pid=$!
    for i in $(seq 1 240); do grep -qs "levels of detail ready" "$1/viewer.log" && break; sleep 0.5; done
    sleep 1
    xdotool mousemove 320 300; sleep 0.5
    # Held for a moment, as a hand does: a press and release in one frame would not count.
    for key in $KEYS ctrl+q; do xdotool keydown "$key"; sleep 0.3; xdotool keyup "$key"; sleep 1.5; done
    for i in $(seq 1 60); do kill -0 $pid 2> /dev/null || break; sleep 0.5; done
    kill $pid 2> /dev/null; wait $pid' "$app" "$work" "$@" || true
}

KEYS="ctrl+b" session --view left --hide skin
[ -f "$file" ] || fail "Ctrl+B wrote no bookmarks file: $(tail -5 "$work/viewer.log")"
[ "$(wc -l < "$file")" -eq 1 ] || fail "expected one bookmark: $(cat "$file")"
grep -q '"name":"View 1"' "$file" || fail "the bookmark is not named: $(cat "$file")"
grep -q '"azimuth":90' "$file" || fail "the bookmark does not hold the left view: $(cat "$file")"
grep -q '"skin"' "$file" || fail "the bookmark does not hold the hidden skin: $(cat "$file")"
ls "$work/config/psoas-explorer" | grep -q tmp && fail "a temporary file was left behind"
[ -f "$work/config/psoas-explorer/settings.ini" ] || fail "Ctrl+Q did not quit cleanly (no settings saved)"

# A damaged line: reported by file and line, the good bookmark still read, the line kept.
echo '{"name": "half written", "view": {"psoas_explorer_v' >> "$file"
KEYS="ctrl+b" session
grep -q "views.jsonl:2" "$work/viewer.log" || fail "no message naming the damaged line: $(grep -i views "$work/viewer.log")"
[ "$(grep -c '"name":"View' "$file")" -eq 2 ] || fail "the restart lost or did not add a bookmark: $(cat "$file")"
grep -q "half written" "$file" || fail "the damaged line was dropped"
grep -q '"name":"View 2"' "$file" || fail "the new bookmark is not numbered after the kept one: $(cat "$file")"
echo "bookmarks window test passed"
