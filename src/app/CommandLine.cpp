#include "app/CommandLine.h"

#include "app/PalpationOptions.h"

#include <cmath>
#include <cstdio>
#include <functional>
#include <sstream>

#include "core/Error.h"
#include "core/KeyBindings.h"
#include "pose/HipRig.h"
#include "scene/OrbitCamera.h"

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
}  // namespace

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

// One string with every option; longer than 60 lines because there are that many options.
std::string usageText() {
  return "Usage: psoas-explorer [FILE] [options]\n"
         "Explore a 3D model of the lumbar spine, pelvis, femur and hip flexors.\n"
         "FILE is a glTF 2.0 file (.gltf or .glb); without it the bundled model opens.\n"
         "\n"
         "Commands:\n"
         "  --screenshot PNG     render the view to a PNG image without a window, then exit\n"
         "  --size WxH           image size for --screenshot (default 1600x1200), or the\n"
         "                       viewer's window size\n"
         "  --info [FILE]        print a summary of FILE (nodes, meshes, triangles,\n"
         "                       materials, skins, clips, bounds) and exit; exit 1 if broken\n"
         "  --muscle-lengths [FILE]\n"
         "                       print CSV of muscle-tendon length and hip flexion moment\n"
         "                       arm (mm) from -20 to 120 degrees in 5-degree steps, exit\n"
         "  --palpation-report [FILE]\n"
         "                       print CSV side,habitus,angle_deg,structure,entry_mm,exit_mm:\n"
         "                       what a 15 mm probe crosses, pressed from the palpation point\n"
         "                       (2.5 cm medial to the ASIS) lying with both hips at 45 degrees\n"
         "  --side left|right    the side to palpate (default left)\n"
         "  --angle DEG          turn the probe toward the spine, 0-45 degrees (default 0)\n"
         "  --tilt DEG           tilt it toward the head (+) or feet (-), -45-45 (default 0)\n"
         "  --point X,Y,Z        press from this point on the skin (mm, model frame) instead\n"
         "  --palpation STEP     the guided palpation at STEP (1-9 or position, find_asis,\n"
         "                       navel_level, the_point, press, safety, confirm, release,\n"
         "                       cautions): the viewer's Palpation tab, or with --screenshot\n"
         "                       its picture; takes --side, --angle, --tilt, --point, --habitus\n"
         "  --position NAME      lying for it: supine (default), side_lying or seated\n"
         "  --technique NAME     at the release step: static_release (default),\n"
         "                       active_release, side_lying_release, seated_release, ball_release\n"
         "\n"
         "The view (the same fields as a saved view):\n"
         "  --view-file JSON     start from a saved view; the options below override it\n"
         "  --save-view JSON     write the view used (by --screenshot, or the viewer's at exit)\n"
         "  --view NAME          anterior, posterior, left, right, superior or inferior\n"
         "                       (default anterior)\n"
         "  --camera AZ,EL[,DIST]\n"
         "                       look from AZ degrees around (0 front, 90 the subject's left,\n"
         "                       180 back) and EL degrees up (90 from above), DIST metres\n"
         "                       from the target (default: framed)\n"
         "  --frame ID,...       frame these structures (default: everything visible)\n"
         "  --time SECONDS       animation time to show (default 0)\n"
         "  --animation NAME     animation clip to pose the model with (default: the first)\n"
         "  --scene N            glTF scene to show (default: the file's default scene)\n"
         "  --pose hip_flexion_left=DEG,hip_flexion_right=DEG\n"
         "                       flex a hip (-20 extension to 120 degrees) on a model with a\n"
         "                       hip rig, such as the bundled one\n"
         "  --habitus B          body build from -1 (lean) through 0 (average) to 1 (heavy):\n"
         "                       the fat under the skin (bundled model)\n"
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
         "                       'all' for every muscle, 'none' for none\n"
         "  --clip PLANE:OFFSET  cross-section: sagittal, coronal or transverse plane at OFFSET\n"
         "                       metres; cuts away the left, front or top (add :flip for the\n"
         "                       other side); cut structures are filled solid\n"
         "\n"
         "Lessons (assets/lessons/README.md):\n"
         "  --lesson LESSON      open a lesson in the Lesson tab; with --screenshot, render\n"
         "                       its --step (view options given as well override the step's)\n"
         "  --step N             the lesson step to open or render, from 1 (default 1)\n"
         "  --present LESSON     start in presenter mode (full screen) on the lesson\n"
         "  --export-lesson LESSON OUT_DIR\n"
         "                       write one PNG per step (--size, default 1600x1200) and an\n"
         "                       index.html handout that works offline, then exit\n"
         "\n"
         "Other options:\n"
         "  --capture PNG        viewer: when it closes, save the view it shows (no panels)\n"
         "  --frames N           quit the viewer after N frames (for scripts)\n"
         "  --no-settings        neither read nor save the settings file\n"
         "  -v, --verbose        print more about what happens\n"
         "  -h, --help           print this help and exit\n"
         "  --version            print the version and exit\n"
         "\n"
         "Viewer controls:\n" +
         controlsHelpText() +
         "Files can also be dropped on the window. Settings and bookmarks live in\n"
         "$XDG_CONFIG_HOME/psoas-explorer.\n";
}

std::string versionText() {
  return std::string("psoas-explorer ") + PE_VERSION + "\n";
}

namespace {
// hip_flexion_left=90,hip_flexion_right=0
void parsePose(const std::string& text, std::array<std::optional<float>, 2>& hips) {
  std::stringstream items(text);
  std::string item;
  bool any = false;
  while (std::getline(items, item, ',')) {
    const auto eq = item.find('=');
    const std::string name = item.substr(0, eq);
    int side = name == "hip_flexion_left" ? 0 : name == "hip_flexion_right" ? 1 : -1;
    if (eq == std::string::npos || side < 0)
      throw UsageError("--pose expects hip_flexion_left=DEG and/or hip_flexion_right=DEG, got '" +
                       item + "'");
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
    hips[side] = degrees;
    any = true;
  }
  if (!any)
    throw UsageError("--pose needs at least one hip_flexion_left=DEG or hip_flexion_right=DEG");
}
}  // namespace

float parseNumber(const std::string& option, const std::string& text, float lo, float hi,
                  const char* what) {
  try {
    size_t used = 0;
    const float v = std::stof(text, &used);
    if (used == text.size() && std::isfinite(v) && v >= lo && v <= hi) return v;
  } catch (...) {
  }
  std::ostringstream range;
  range << option << " expects " << what << " from " << lo << " to " << hi << ", got '" << text
        << "'";
  throw UsageError(range.str());
}

namespace {
// AZ,EL[,DIST]: degrees around the target, metres from it.
void parseCamera(const std::string& text, CameraSpec& camera) {
  const auto parts = splitList("--camera", text);
  if (parts.size() < 2 || parts.size() > 3)
    throw UsageError(
        "--camera expects AZIMUTH,ELEVATION[,DISTANCE] (degrees, degrees, metres), e.g. 90,15 or "
        "0,0,1.2, got '" +
        text + "'");
  camera.azimuth = parseNumber("--camera azimuth", parts[0], -360.0f, 360.0f, "degrees");
  camera.elevation = parseNumber("--camera elevation", parts[1], -90.0f, 90.0f, "degrees");
  if (parts.size() == 3)
    camera.distance = parseNumber("--camera distance", parts[2], 1e-3f, 1e4f, "metres");
}

// The options that set a view: true when `arg` was one of them.
bool parseViewOption(const std::string& arg, const std::function<std::string()>& value,
                     CommandLine& cl) {
  ViewSpec& v = cl.view;
  if (arg == "--view") {
    const std::string name = value();
    auto preset = parseViewPreset(name);
    if (!preset)
      throw UsageError(
          "--view expects anterior, posterior, left, right, superior or inferior, got '" + name +
          "'");
    const CameraAngles angles = viewPresetAngles(*preset);
    v.camera.azimuth = angles.azimuth;
    v.camera.elevation = angles.elevation;
  } else if (arg == "--camera") {
    parseCamera(value(), v.camera);
  } else if (arg == "--frame") {
    v.camera.frame = splitList(arg, value());
  } else if (arg == "--time") {
    const std::string t = value();
    try {
      size_t used = 0;
      const float seconds = std::stof(t, &used);
      if (used != t.size() || !std::isfinite(seconds) || seconds < 0) throw 0;
      v.time = seconds;
    } catch (...) {
      throw UsageError("--time expects seconds, a number 0 or more, got '" + t + "'");
    }
  } else if (arg == "--animation") {
    v.animation = value();
  } else if (arg == "--scene") {
    v.scene = parseInt(arg, value(), 0, 1 << 20);
  } else if (arg == "--layers") {
    v.layers = splitList(arg, value());
  } else if (arg == "--hide") {
    v.hide = splitList(arg, value());
  } else if (arg == "--only") {
    v.only = splitList(arg, value());
  } else if (arg == "--select") {
    v.select = value();
  } else if (arg == "--clip") {
    const std::string text = value();
    auto plane = parseClipPlane(text);
    if (!plane)
      throw UsageError(
          "--clip expects sagittal, coronal or transverse, a colon and an offset in metres "
          "(e.g. sagittal:0.0, coronal:-0.02:flip), got '" +
          text + "'");
    v.clip = *plane;
  } else if (arg == "--pose") {
    parsePose(value(), v.hipFlexion);
  } else if (arg == "--attachments") {
    v.attachments = value();
  } else if (arg == "--labels") {
    v.labels = true;
  } else if (arg == "--ghost") {
    v.ghost = true;
  } else if (arg == "--contraction") {
    v.contraction = true;
  } else if (arg == "--habitus") {
    v.habitus = parseNumber(arg, value(), -1.0f, 1.0f, "a build");
  } else {
    return false;
  }
  return true;
}

// The lesson options: true when `arg` was one of them.
bool parseLessonOption(const std::string& arg, const std::function<std::string()>& value,
                       CommandLine& cl) {
  if (arg == "--lesson" || arg == "--present") {
    cl.lesson = value();
    if (cl.lesson.empty()) throw UsageError(arg + " needs a lesson file");
    cl.present = cl.present || arg == "--present";
  } else if (arg == "--step") {
    cl.step = parseInt(arg, value(), 1, 100000);
  } else if (arg == "--export-lesson") {
    cl.exportLesson = value();
    cl.exportDir = value();
    if (cl.exportLesson.empty() || cl.exportDir.empty())
      throw UsageError("--export-lesson needs a lesson file and an output folder");
  } else {
    return false;
  }
  return true;
}

// --info FILE and --muscle-lengths FILE take the model as an optional value.
void optionalFile(int& i, int argc, const char* const* argv, CommandLine& cl) {
  if (i + 1 < argc && argv[i + 1][0] != '-') {
    if (!cl.file.empty()) throw UsageError("more than one file given");
    cl.file = argv[++i];
  }
}
}  // namespace

CommandLine parseCommandLine(int argc, const char* const* argv) {
  CommandLine cl;
  bool aimed = false;  // a palpation option given
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw UsageError(arg + " needs a value");
      return argv[++i];
    };
    if (parseViewOption(arg, value, cl)) continue;
    if (arg == "-h" || arg == "--help") {
      cl.help = true;
    } else if (arg == "--version") {
      cl.version = true;
    } else if (arg == "-v" || arg == "--verbose") {
      cl.verbose = true;
    } else if (arg == "--no-settings") {
      cl.noSettings = true;
    } else if (arg == "--info") {
      cl.info = true;
      optionalFile(i, argc, argv, cl);
    } else if (arg == "--muscle-lengths") {
      cl.muscleLengths = true;
      optionalFile(i, argc, argv, cl);
    } else if (arg == "--palpation-report") {
      cl.palpationReport = true;
      optionalFile(i, argc, argv, cl);
    } else if (parsePalpationOption(arg, value, cl, aimed)) {
    } else if (arg == "--screenshot" || arg == "--capture" || arg == "--view-file" ||
               arg == "--save-view") {
      std::string& into = arg == "--screenshot"  ? cl.screenshot
                          : arg == "--capture"   ? cl.capture
                          : arg == "--view-file" ? cl.viewFile
                                                 : cl.saveView;
      into = value();
      if (into.empty()) throw UsageError(arg + " needs a file name");
    } else if (arg == "--size") {
      const std::string v = value();
      const size_t x = v.find('x');
      if (x == std::string::npos)
        throw UsageError("--size expects WIDTHxHEIGHT, e.g. 1600x1200, got '" + v + "'");
      cl.width = parseInt("--size width", v.substr(0, x), 16, 8192);
      cl.height = parseInt("--size height", v.substr(x + 1), 16, 8192);
    } else if (parseLessonOption(arg, value, cl)) {
    } else if (arg == "--frames") {
      cl.frames = parseInt(arg, value(), 1, 1 << 30);
    } else if (arg.size() > 1 && arg[0] == '-') {
      throw UsageError("unknown option '" + arg + "'");
    } else {
      if (!cl.file.empty())
        throw UsageError("more than one file given ('" + cl.file + "' and '" + arg + "')");
      cl.file = arg;
    }
  }
  const bool offscreen = !cl.screenshot.empty();
  checkPalpationOptions(cl, aimed);
  if (cl.palpationReport && (cl.info || offscreen || cl.muscleLengths || !cl.exportLesson.empty()))
    throw UsageError(
        "--palpation-report cannot be combined with --info, --muscle-lengths, --screenshot or "
        "--export-lesson");
  if (cl.info && offscreen) throw UsageError("--info and --screenshot cannot be combined");
  if (cl.muscleLengths && (cl.info || offscreen))
    throw UsageError("--muscle-lengths cannot be combined with --info or --screenshot");
  if (!cl.exportLesson.empty() && (offscreen || cl.info || cl.muscleLengths || !cl.lesson.empty()))
    throw UsageError(
        "--export-lesson cannot be combined with --screenshot, --info, --muscle-lengths or "
        "--lesson");
  if (cl.step && cl.lesson.empty()) throw UsageError("--step needs --lesson LESSON");
  if (cl.present && offscreen)
    throw UsageError("--present is for the viewer; use --lesson with --screenshot");
  if (offscreen && !cl.capture.empty())
    throw UsageError("--capture is for the viewer; --screenshot already writes the image");
  return cl;
}
}  // namespace pe
