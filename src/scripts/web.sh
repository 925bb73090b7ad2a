#!/usr/bin/env bash
# Builds the browser version (WebAssembly + WebGL2) into build-web/: a static folder that works
# from any web server (index.html, the .js and .wasm, the bundled model, its text, the lessons
# and the fonts). Installs what it needs, like the other scripts.
#   bash src/scripts/web.sh            # build
#   bash src/scripts/web.sh --serve    # build, then serve it on http://localhost:8080/
#   bash src/scripts/web.sh --serve --port 9000
set -euo pipefail
cd "$(dirname "$0")/../.."

serve=0
port=8080
while (($#)); do
  case "$1" in
    --serve) serve=1 ;;
    --port)
      [ $# -ge 2 ] || { echo "web.sh: --port needs a number" >&2; exit 2; }
      port="$2"
      shift
      ;;
    -h | --help)
      sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "web.sh: unknown option '$1' (try --help)" >&2
      exit 2
      ;;
  esac
  shift
done
[[ "$port" =~ ^[0-9]+$ ]] && ((port > 0 && port < 65536)) ||
  { echo "web.sh: --port expects a port number, got '$port'" >&2; exit 2; }

# Emscripten and the header-only libraries from Debian; Dear ImGui and meshoptimizer from their
# Debian source packages (the same versions the desktop build links).
bash src/scripts/install-packages.sh emscripten node-acorn cmake make dpkg-dev python3 \
  libglm-dev libtinygltf-dev nlohmann-json3-dev libstb-dev fonts-dejavu-core

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
sources="$PWD/build-emscripten/sources"
fetch_source() {  # PACKAGE GLOB
  compgen -G "$sources/$2" > /dev/null && return 0
  if ! apt-get source --print-uris -q "$1" > /dev/null 2>&1; then
    # Source entries are off by default on Debian: add them beside the binary ones (once).
    local added=/etc/apt/sources.list.d/psoas-explorer-src.sources
    [ -f /etc/apt/sources.list.d/debian.sources ] || added=/etc/apt/sources.list.d/psoas-explorer-src.list
    if [ ! -f "$added" ]; then
      echo "Enabling Debian source packages (deb-src) to fetch $1"
      if [ -f /etc/apt/sources.list.d/debian.sources ]; then
        sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources |
          $sudo tee "$added" > /dev/null
      else
        { grep -h '^deb ' /etc/apt/sources.list || true; } | sed 's/^deb /deb-src /' |
          $sudo tee "$added" > /dev/null
      fi
    fi
    $sudo apt-get update -q
  fi
  mkdir -p "$sources"
  (cd "$sources" && apt-get source -q "$1" 2>&1 | grep -v '^W: Download is performed unsandboxed' || true)
  compgen -G "$sources/$2" > /dev/null || { echo "web.sh: could not fetch the source of $1" >&2; exit 1; }
}
fetch_source imgui 'imgui-1.86*'
fetch_source meshoptimizer 'meshoptimizer-*'

# emcc runs its JavaScript tools with node; Debian's node-acorn lives in Debian's module folder.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
jobs=$(nproc 2> /dev/null || echo 2)
emcmake cmake -S . -B build-emscripten -DCMAKE_BUILD_TYPE=Release -DPE_WEB_SOURCES="$sources" > /dev/null
cmake --build build-emscripten -j "$jobs" --target psoas-explorer

# The site: the page, the program, and the files it reads, each listed in files.json with the
# path the program finds it at.
site=build-web
rm -rf "$site.new"
mkdir -p "$site.new/assets/lessons" "$site.new/fonts" "$site.new/licences"
cp src/web/index.html src/web/page.js build-emscripten/psoas-explorer.js build-emscripten/psoas-explorer.wasm \
  LICENSE NOTICE "$site.new/"
cp assets/lumbopelvic.glb assets/lumbopelvic.content.json assets/palpation.content.json "$site.new/assets/"
cp assets/lessons/*.json "$site.new/assets/lessons/"
cp /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf \
  "$site.new/fonts/"
# The licences of what the program and the folder contain, as Debian states them.
for pkg in fonts-dejavu-core emscripten libglm-dev libtinygltf-dev nlohmann-json3-dev libstb-dev; do
  cp "/usr/share/doc/$pkg/copyright" "$site.new/licences/$pkg.txt"
done
for dir in "$sources"/imgui-1.86* "$sources"/meshoptimizer-*; do
  cp "$dir/debian/copyright" "$site.new/licences/$(basename "$dir").txt"
done
python3 - "$site.new" << 'EOF'
import json, os, sys
site = sys.argv[1]
files = []
for root, _, names in os.walk(os.path.join(site, "assets")):
    for name in sorted(names):
        url = os.path.relpath(os.path.join(root, name), site)
        files.append({"url": url, "path": "/" + url})
for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
    files.append({"url": "fonts/" + name, "path": "/usr/share/fonts/truetype/dejavu/" + name})
with open(os.path.join(site, "files.json"), "w") as f:
    json.dump(sorted(files, key=lambda f: f["url"]), f, indent=1)
EOF
rm -rf "$site"
mv "$site.new" "$site"

total=$(cat "$site"/psoas-explorer.wasm "$site"/psoas-explorer.js "$site"/page.js "$site"/index.html \
  "$site"/files.json "$site"/assets/*.glb "$site"/assets/*.json "$site"/assets/lessons/*.json \
  "$site"/fonts/*.ttf | gzip -6 | wc -c)
echo "Built $site/ ($(du -sh "$site" | cut -f1) on disk, $((total / 1024)) KB gzip-compressed)."
echo "Serve it with any static web server, e.g.: python3 -m http.server --directory $site 8080"

if ((serve)); then
  echo "Serving $site/ at http://localhost:$port/ (Ctrl+C stops)"
  exec python3 -m http.server --bind 127.0.0.1 --directory "$site" "$port"
fi
