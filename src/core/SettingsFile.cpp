#include "core/SettingsFile.h"

#include <cmath>
#include <filesystem>
#include <functional>
#include <sstream>

#include "core/AtomicFile.h"
#include "core/Error.h"

namespace pe {
namespace {
// One entry per persisted setting; the single list both reading and writing use.
struct Field {
  const char* key;
  std::function<std::string(const Settings&)> get;
  std::function<bool(Settings&, const std::string&)> set;
};

bool parseFloat(const std::string& s, float lo, float hi, float& out) {
  try {
    size_t used = 0;
    float v = std::stof(s, &used);
    if (used != s.size() || !std::isfinite(v) || v < lo || v > hi) return false;
    out = v;
    return true;
  } catch (...) {
    return false;
  }
}

bool parseInt(const std::string& s, int lo, int hi, int& out) {
  try {
    size_t used = 0;
    long v = std::stol(s, &used);
    if (used != s.size() || v < lo || v > hi) return false;
    out = static_cast<int>(v);
    return true;
  } catch (...) {
    return false;
  }
}

bool parseBool(const std::string& s, bool& out) {
  if (s == "true" || s == "1") return out = true, true;
  if (s == "false" || s == "0") return out = false, true;
  return false;
}

std::string formatFloat(float v) {
  std::ostringstream os;
  os << v;
  return os.str();
}

template <typename Group>
Field floatField(const char* key, Group Settings::*group, float Group::*member, float lo,
                 float hi) {
  return {
      key, [=](const Settings& s) { return formatFloat(s.*group.*member); },
      [=](Settings& s, const std::string& v) { return parseFloat(v, lo, hi, s.*group.*member); }};
}

template <typename Group>
Field intField(const char* key, Group Settings::*group, int Group::*member, int lo, int hi) {
  return {key, [=](const Settings& s) { return std::to_string(s.*group.*member); },
          [=](Settings& s, const std::string& v) { return parseInt(v, lo, hi, s.*group.*member); }};
}

template <typename Group>
Field boolField(const char* key, Group Settings::*group, bool Group::*member) {
  return {key, [=](const Settings& s) { return std::string(s.*group.*member ? "true" : "false"); },
          [=](Settings& s, const std::string& v) { return parseBool(v, s.*group.*member); }};
}

template <typename Group>
Field colorField(const char* key, Group Settings::*group, glm::vec3 Group::*member) {
  return {key,
          [=](const Settings& s) {
            const glm::vec3& c = s.*group.*member;
            return formatFloat(c.r) + " " + formatFloat(c.g) + " " + formatFloat(c.b);
          },
          [=](Settings& s, const std::string& v) {
            std::istringstream is(v);
            std::string r, g, b, extra;
            glm::vec3 c;
            if (!(is >> r >> g >> b) || (is >> extra)) return false;
            if (!parseFloat(r, 0, 1, c.r) || !parseFloat(g, 0, 1, c.g) || !parseFloat(b, 0, 1, c.b))
              return false;
            s.*group.*member = c;
            return true;
          }};
}

const std::vector<Field>& fields() {
  using S = Settings;
  static const std::vector<Field> kFields = {
      floatField("camera.fov_degrees", &S::camera, &CameraSettings::fovDegrees, 10, 120),
      floatField("camera.orbit_radians_per_pixel", &S::camera,
                 &CameraSettings::orbitRadiansPerPixel, 0.0005f, 0.1f),
      floatField("camera.zoom_step_factor", &S::camera, &CameraSettings::zoomStepFactor, 1.01f, 3),
      floatField("camera.transition_seconds", &S::camera, &CameraSettings::transitionSeconds, 0, 5),
      colorField("render.background_top", &S::render, &RenderSettings::backgroundTop),
      colorField("render.background_bottom", &S::render, &RenderSettings::backgroundBottom),
      floatField("render.light_intensity", &S::render, &RenderSettings::lightIntensity, 0, 4),
      floatField("render.ambient", &S::render, &RenderSettings::ambient, 0, 1),
      // Renamed from msaa_samples when its default went from 4 to 0 (the edge filter), so
      // the old default saved in settings files does not keep the slow path.
      intField("render.still_msaa_samples", &S::render, &RenderSettings::msaaSamples, 0, 16),
      boolField("render.edge_filter", &S::render, &RenderSettings::edgeFilter),
      boolField("render.backface_culling", &S::render, &RenderSettings::backfaceCulling),
      boolField("render.adaptive_resolution", &S::render, &RenderSettings::adaptiveResolution),
      floatField("render.moving_resolution_scale", &S::render,
                 &RenderSettings::movingResolutionScale, 0.25f, 1),
      floatField("render.detail_pixels", &S::render, &RenderSettings::detailPixels, 0, 8),
      floatField("render.moving_detail_pixels", &S::render, &RenderSettings::movingDetailPixels, 0,
                 8),
      boolField("animation.playing", &S::animation, &AnimationSettings::playing),
      boolField("animation.loop", &S::animation, &AnimationSettings::loop),
      floatField("animation.speed", &S::animation, &AnimationSettings::speed, 0.05f, 10),
      floatField("pose.cycle_speed", &S::pose, &PoseSettings::cycleSpeed, 0.05f, 10),
      floatField("pose.cycle_seconds", &S::pose, &PoseSettings::cycleSeconds, 1, 60),
      intField("pose.cycle_sides", &S::pose, &PoseSettings::cycleSides, 0, 2),
      boolField("pose.drag_thigh", &S::pose, &PoseSettings::dragThigh),
      floatField("pose.drag_degrees_per_pixel", &S::pose, &PoseSettings::dragDegreesPerPixel, 0.05f,
                 5),
      boolField("pose.contraction_tint", &S::pose, &PoseSettings::contractionTint),
      intField("pose.plot_side", &S::pose, &PoseSettings::plotSide, 0, 1),
      boolField("pose.plot_length_in_mm", &S::pose, &PoseSettings::plotLengthInMm),
      boolField("pose.show_lines", &S::pose, &PoseSettings::showLines),
      floatField("ui.font_scale", &S::ui, &UiSettings::fontScale, 0.5f, 4),
      boolField("ui.show_sidebar", &S::ui, &UiSettings::showSidebar),
      intField("ui.sidebar_tab", &S::ui, &UiSettings::sidebarTab, 0, 4),
      floatField("ui.sidebar_width", &S::ui, &UiSettings::sidebarWidth, 200, 1200),
      boolField("ui.show_views_panel", &S::ui, &UiSettings::showViewsPanel),
      boolField("ui.show_labels", &S::ui, &UiSettings::showLabels),
      boolField("ui.welcome_shown", &S::ui, &UiSettings::welcomeShown),
      boolField("ui.presenter_light", &S::ui, &UiSettings::presenterLight),
      intField("ui.presenter_monitor", &S::ui, &UiSettings::presenterMonitor, 0, 16),
      {"ui.last_directory", [](const Settings& s) { return s.ui.lastDirectory; },
       [](Settings& s, const std::string& v) { return s.ui.lastDirectory = v, true; }},
      intField("window.width", &S::window, &WindowSettings::width, 0, 16384),
      intField("window.height", &S::window, &WindowSettings::height, 0, 16384),
  };
  return kFields;
}

// Settings an earlier version wrote (the floating panels the sidebar replaced): read without
// a word, and not written again.
bool retired(const std::string& key) {
  static const char* const kRetired[] = {"ui.show_animation_panel", "ui.show_model_panel",
                                         "ui.show_layers_panel",    "ui.show_cross_section_panel",
                                         "ui.show_pose_panel",      "ui.show_muscle_panel",
                                         "ui.show_info_panel"};
  for (const char* k : kRetired)
    if (key == k) return true;
  return false;
}

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return {};
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}
}  // namespace

void parseSettings(const std::string& text, const std::string& path, Settings& settings,
                   std::vector<std::string>& problems) {
  std::istringstream in(text);
  std::string line;
  int lineNo = 0;
  while (std::getline(in, line)) {
    ++lineNo;
    const std::string where = path + ":" + std::to_string(lineNo) + ": ";
    std::string t = trim(line);
    if (t.empty() || t[0] == '#') continue;
    size_t eq = t.find('=');
    if (eq == std::string::npos) {
      problems.push_back(where + "expected 'key = value', ignored");
      continue;
    }
    std::string key = trim(t.substr(0, eq));
    std::string value = trim(t.substr(eq + 1));
    bool known = false;
    for (const Field& f : fields()) {
      if (key != f.key) continue;
      known = true;
      if (!f.set(settings, value))
        problems.push_back(where + "bad value '" + value + "' for " + key + ", default kept");
    }
    if (!known && !retired(key))
      problems.push_back(where + "unknown setting '" + key + "', ignored");
  }
}

std::string serializeSettings(const Settings& settings) {
  std::string out = "# Psoas Explorer settings. Edited by the app; safe to edit by hand.\n";
  for (const Field& f : fields()) out += std::string(f.key) + " = " + f.get(settings) + "\n";
  return out;
}

Settings loadSettingsFile(const std::string& path, std::vector<std::string>& problems) {
  Settings settings;
  std::error_code ec;
  if (path.empty() || !std::filesystem::exists(path, ec)) return settings;
  try {
    parseSettings(readWholeFile(path, 1 << 20), path, settings, problems);
  } catch (const FileError& e) {
    problems.push_back(e.what());
  }
  return settings;
}

void saveSettingsFile(const std::string& path, const Settings& settings) {
  makeDirectories(std::filesystem::path(path).parent_path().string());
  writeFileAtomically(path, serializeSettings(settings));
}
}  // namespace pe
