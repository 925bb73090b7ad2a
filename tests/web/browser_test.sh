#!/usr/bin/env bash
# The browser build (issue 16) in headless Chromium: built by src/scripts/web.sh into SITE; the
# desktop viewer draws the same view specification at the same window size under Xvfb for the
# comparison. The checks are in browser_check.py.
#   browser_test.sh SITE DESKTOP_APP
set -u
source "$(dirname "$0")/../ci.sh"
site="$1"
app=$(realpath "$2")
require_tools chromium xvfb-run
[ -f "$site/index.html" ] && [ -f "$site/psoas-explorer.wasm" ] ||
  skip_or_fail "no browser build in $site (bash src/scripts/web.sh builds it)"
/usr/bin/python3 -c "import websocket" 2> /dev/null ||
  skip_or_fail "Debian's python3-websocket is not installed (src/scripts/test.sh installs it)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The desktop's pictures: the viewer in a window of the browser test's size, no settings, with
# the options browser_check.py gives the page as URL parameters.
desktop() {  # NAME OPTION...
  local name="$1"
  shift
  XDG_CONFIG_HOME="$work/config" xvfb-run -a -s "-screen 0 1280x1024x24" "$app" --no-settings \
    --size 1024x700 --frames 40 --capture "$work/desktop-$name.png" "$@" > "$work/desktop.log" 2>&1 ||
    fail "the desktop viewer failed: $(cat "$work/desktop.log")"
}
desktop anterior --view anterior
desktop combined --view left --pose hip_flexion_left=45 --clip sagittal:0.03 --ghost \
  --select psoas_major_left --attachments all
out="${BROWSER_TEST_OUT:-$work/out}"
# A model to open with the page's file picker, a .gltf with its .bin: a glTF sample from
# ../shared when it is there.
sample="$(dirname "$0")/../../../shared/gltf-samples/BoxAnimated/glTF"
[ -d "$sample" ] && export BROWSER_TEST_MODEL=$(realpath "$sample")
/usr/bin/python3 "$(dirname "$0")/browser_check.py" "$site" "$work" "$out" ||
  fail "the browser build failed a check (pictures in $out when BROWSER_TEST_OUT is set)"
echo "browser test passed"
