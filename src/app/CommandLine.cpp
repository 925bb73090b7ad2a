#include "app/CommandLine.h"

#include <cmath>
#include <cstdio>
#include <sstream>

#include "anim/HipRig.h"
#include "core/Error.h"

#ifndef PE_VERSION
#define PE_VERSION "0.0.0"
#endif

namespace pe {
namespace {
int parseInt(const std::string& option, const std::string& value, int lo, int hi) {
  try {
    size_t used = 0;
    long v = std::stol(value, &used);
    if (used == value.size() && v >= lo && v <= hi) return static_cast<int>(v);
  } catch (...) {
  }
  throw UsageError(option + " expects a whole number from " + std::to_string(lo) + " to " +
                   std::to_string(hi) + ", got '" + value + "'");
}

std::vector<std::string> splitList(const std::string& option, const std::string& value) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= value.size()) {
    size_t comma = value.find(',', start);
    if (comma == std::string::npos) comma = value.size();
    if (comma > start) out.push_back(value.substr(start, comma - start));
    start = comma + 1;
  }
  if (out.empty())
    throw UsageError(option + " needs a comma-separated list, e.g. " + option + " a,b");
  return out;
}
}  // namespace

std::string usageText() {
  return "Usage: psoas-explorer [FILE] [options]\n"
         "Explore a 3D model of the lumbar spine, pelvis, femur and hip flexors.\n"
         "FILE is a glTF 2.0 file (.gltf or .glb); without it the bundled model opens.\n"
         "\n"
         "Options:\n"
         "  --screenshot PNG     render FILE to a PNG image without a window, then exit\n"
         "  --size WxH           image size for --screenshot (default 1600x1200)\n"
         "  --view NAME          anterior, posterior, left, right, superior or inferior\n"
         "                       (default anterior)\n"
         "  --time SECONDS       animation time to show (default 0)\n"
         "  --animation NAME     animation clip to pose the model with (default: the first)\n"
         "  --scene N            glTF scene to show (default: the file's default scene)\n"
         "  --info [FILE]        print a summary of FILE (nodes, meshes, triangles,\n"
         "                       materials, skins, clips, bounds) and exit; exit 1 if broken\n"
         "  --muscle-lengths [FILE]\n"
         "                       print CSV of muscle-tendon length and hip flexion moment\n"
         "                       arm (mm) from -20 to 120 degrees in 5-degree steps, exit\n"
         "  --contraction        tint muscles by how much they shorten from standing (red)\n"
         "                       or lengthen (blue) at the --pose\n"
         "  --layers L1,L2       show only these layers (e.g. bones,muscles)\n"
         "  --hide ID,...        hide these structures (ids from the model, e.g. "
         "psoas_major_left)\n"
         "  --only ID,...        show only these structures\n"
         "  --select ID          select a structure (highlighted, kept solid in ghost mode)\n"
         "  --ghost              fade everything but the selection (x-ray)\n"
         "  --labels             name labels with leader lines on the visible structures\n"
         "  --attachments ID     show where muscle ID attaches (origin blue, insertion orange);\n"
         "                       'all' for every muscle\n"
         "  --clip PLANE:OFFSET  cross-section: sagittal, coronal or transverse plane at OFFSET\n"
         "                       metres; cuts away the left, front or top (add :flip for the\n"
         "                       other side); cut structures are filled solid\n"
         "  --pose hip_flexion_left=DEG,hip_flexion_right=DEG\n"
         "                       flex a hip (-20 extension to 120 degrees) on a model with a\n"
         "                       hip rig, such as the bundled one\n"
         "  --frames N           quit the viewer after N frames (for scripts)\n"
         "  --no-settings        neither read nor save the settings file\n"
         "  -v, --verbose        print more about what happens\n"
         "  -h, --help           print this help and exit\n"
         "  --version            print the version and exit\n"
         "\n"
         "Viewer controls: left drag orbits (on a femur it flexes that hip), right or\n"
         "middle drag pans, the wheel zooms\n"
         "toward the cursor, double-click centres on a point, F frames everything,\n"
         "R resets the view, keys 1-6 pick anterior, posterior, left, right, superior and\n"
         "inferior views, Space plays or pauses, a click selects a structure (Esc clears),\n"
         "G ghosts all but the selection, H hides it, I isolates it, A shows all,\n"
         "L shows name labels, Ctrl+O opens a file; files can also be dropped on the window.\n"
         "Settings live in $XDG_CONFIG_HOME/psoas-explorer.\n";
}

std::string versionText() {
  return std::string("psoas-explorer ") + PE_VERSION + "\n";
}

namespace {
// hip_flexion_left=90,hip_flexion_right=0
void parsePose(const std::string& text, CommandLine& cl) {
  std::stringstream items(text);
  std::string item;
  bool any = false;
  while (std::getline(items, item, ',')) {
    const auto eq = item.find('=');
    const std::string name = item.substr(0, eq);
    int side = name == "hip_flexion_left" ? 0 : name == "hip_flexion_right" ? 1 : -1;
    if (eq == std::string::npos || side < 0)
      throw UsageError("--pose expects hip_flexion_left=DEG and/or hip_flexion_right=DEG, got '" + item + "'");
    const std::string v = item.substr(eq + 1);
    float degrees = 0.0f;
    try {
      size_t used = 0;
      degrees = std::stof(v, &used);
      if (used != v.size() || !std::isfinite(degrees)) throw 0;
    } catch (...) {
      throw UsageError("--pose: '" + v + "' is not a number of degrees for " + name);
    }
    if (degrees < kMinHipFlexion || degrees > kMaxHipFlexion)
      throw UsageError("--pose: " + name + " must be between -20 and 120 degrees, got " + v);
    cl.hipFlexion[side] = degrees;
    any = true;
  }
  if (!any) throw UsageError("--pose needs at least one hip_flexion_left=DEG or hip_flexion_right=DEG");
}
}  // namespace

CommandLine parseCommandLine(int argc, const char* const* argv) {
  CommandLine cl;
  auto value = [&](int& i, const std::string& option) -> std::string {
    if (i + 1 >= argc) throw UsageError(option + " needs a value");
    return argv[++i];
  };
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "-h" || arg == "--help")
      cl.help = true;
    else if (arg == "--version")
      cl.version = true;
    else if (arg == "-v" || arg == "--verbose")
      cl.verbose = true;
    else if (arg == "--no-settings")
      cl.noSettings = true;
    else if (arg == "--info") {
      cl.info = true;
      if (i + 1 < argc && argv[i + 1][0] != '-') {
        if (!cl.file.empty()) throw UsageError("more than one file given");
        cl.file = argv[++i];
      }
    } else if (arg == "--muscle-lengths") {
      cl.muscleLengths = true;
      if (i + 1 < argc && argv[i + 1][0] != '-') {
        if (!cl.file.empty()) throw UsageError("more than one file given");
        cl.file = argv[++i];
      }
    } else if (arg == "--contraction") {
      cl.contraction = true;
    } else if (arg == "--screenshot") {
      cl.screenshot = value(i, arg);
      if (cl.screenshot.empty()) throw UsageError("--screenshot needs a file name");
    } else if (arg == "--size") {
      const std::string v = value(i, arg);
      const size_t x = v.find('x');
      if (x == std::string::npos)
        throw UsageError("--size expects WIDTHxHEIGHT, e.g. 1600x1200, got '" + v + "'");
      cl.width = parseInt("--size width", v.substr(0, x), 16, 8192);
      cl.height = parseInt("--size height", v.substr(x + 1), 16, 8192);
    } else if (arg == "--view") {
      const std::string v = value(i, arg);
      auto preset = parseViewPreset(v);
      if (!preset)
        throw UsageError(
            "--view expects anterior, posterior, left, right, superior or inferior, got '" + v +
            "'");
      cl.view = *preset;
    } else if (arg == "--time") {
      const std::string v = value(i, arg);
      try {
        size_t used = 0;
        float t = std::stof(v, &used);
        if (used != v.size() || !std::isfinite(t) || t < 0) throw 0;
        cl.time = t;
      } catch (...) {
        throw UsageError("--time expects seconds, a number 0 or more, got '" + v + "'");
      }
    } else if (arg == "--animation") {
      cl.animation = value(i, arg);
    } else if (arg == "--scene") {
      cl.scene = parseInt(arg, value(i, arg), 0, 1 << 20);
    } else if (arg == "--layers") {
      cl.layers = splitList(arg, value(i, arg));
    } else if (arg == "--hide") {
      cl.hide = splitList(arg, value(i, arg));
    } else if (arg == "--only") {
      cl.only = splitList(arg, value(i, arg));
    } else if (arg == "--select") {
      cl.select = value(i, arg);
    } else if (arg == "--clip") {
      const std::string v = value(i, arg);
      auto plane = parseClipPlane(v);
      if (!plane)
        throw UsageError(
            "--clip expects sagittal, coronal or transverse, a colon and an offset in metres "
            "(e.g. sagittal:0.0, coronal:-0.02:flip), got '" +
            v + "'");
      cl.clip = *plane;
    } else if (arg == "--pose") {
      parsePose(value(i, arg), cl);
    } else if (arg == "--attachments") {
      cl.attachments = value(i, arg);
    } else if (arg == "--labels") {
      cl.labels = true;
    } else if (arg == "--ghost") {
      cl.ghost = true;
    } else if (arg == "--frames") {
      cl.frames = parseInt(arg, value(i, arg), 1, 1 << 30);
    } else if (arg.size() > 1 && arg[0] == '-') {
      throw UsageError("unknown option '" + arg + "'");
    } else {
      if (!cl.file.empty())
        throw UsageError("more than one file given ('" + cl.file + "' and '" + arg + "')");
      cl.file = arg;
    }
  }
  if (cl.info && !cl.screenshot.empty())
    throw UsageError("--info and --screenshot cannot be combined");
  if (cl.muscleLengths && (cl.info || !cl.screenshot.empty()))
    throw UsageError("--muscle-lengths cannot be combined with --info or --screenshot");
  return cl;
}
}  // namespace pe
