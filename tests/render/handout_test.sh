#!/usr/bin/env bash
# --export-lesson on a built-in lesson writes one PNG per step and an index.html handout with
# no scripts; headless Chromium (Debian's chromium) opens it from a local server and every
# image loads. A second, smaller export of the quiz proves the answers are listed.
set -u
source "$(dirname "$0")/../ci.sh"
app=$(realpath "$1")
lesson=$(realpath "$2")
quiz=$(realpath "$3")
require_tools chromium python3
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill $server 2> /dev/null; rm -rf "$work"' EXIT
cd "$work"

"$app" --export-lesson "$lesson" out --size 640x480 > export.log 2>&1 || fail "export failed: $(cat export.log)"
steps=$(python3 -c "import json, sys; print(len(json.load(open(sys.argv[1]))['steps']))" "$lesson")
[ "$(ls out/step-*.png | wc -l)" -eq "$steps" ] || fail "expected $steps pictures: $(ls out)"
[ -f out/index.html ] || fail "no index.html"
grep -qi "<script" out/index.html && fail "the handout must work without scripts"
[ "$(grep -c '<img src="step-' out/index.html)" -eq "$steps" ] || fail "index.html does not show every picture"
grep -q "<h2>Sources</h2>" out/index.html || fail "index.html lists no sources"

# The check page (written here, not part of the handout) loads the handout in a frame from a
# local server and reports how many of its images loaded.
cat > out/check.html << 'HTML'
<!DOCTYPE html><html><body><iframe id="f" src="index.html" width="800" height="600"></iframe>
<p id="result">waiting</p>
<script>
document.getElementById("f").addEventListener("load", () => {
  const images = [...document.getElementById("f").contentDocument.images];
  const loaded = images.filter(i => i.complete && i.naturalWidth > 0).length;
  document.getElementById("result").textContent = "images loaded: " + loaded + " of " + images.length;
});
</script></body></html>
HTML
port=$(python3 -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
python3 -m http.server "$port" --bind 127.0.0.1 --directory out > server.log 2>&1 &
server=$!
for i in $(seq 1 50); do python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/index.html')" 2> /dev/null && break; sleep 0.2; done
timeout 120 chromium --headless=new --no-sandbox --disable-gpu --virtual-time-budget=15000 \
  --dump-dom "http://127.0.0.1:$port/check.html" > dom.html 2> chromium.log
grep -q "images loaded: $steps of $steps" dom.html ||
  fail "Chromium did not load every image: $(grep -o 'images loaded[^<]*\|waiting' dom.html) $(tail -3 chromium.log)"

"$app" --export-lesson "$quiz" quiz --size 320x240 > quiz.log 2>&1 || fail "quiz export failed: $(cat quiz.log)"
grep -q "<h2>Answers</h2>" quiz/index.html || fail "the quiz handout lists no answers"
echo "handout test passed: $steps pictures loaded in Chromium"
