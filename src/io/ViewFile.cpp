#include "io/ViewFile.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <sstream>

#include "core/AtomicFile.h"
#include "core/Error.h"
#include "io/JsonObjects.h"
#include "scene/OrbitCamera.h"

namespace pe {
namespace {
void readPose(ObjectReader& pose, ViewSpec& view) {
  if (auto scene = pose.number("scene", 0, 1 << 20)) {
    if (*scene != std::floor(*scene)) pose.fail("scene", "must be a whole number");
    view.scene = static_cast<int>(*scene);
  }
  view.animation = pose.text("animation");
  view.time = pose.number("time", 0.0f, 1e6f);
  view.hipFlexion[0] = pose.number("hip_flexion_left", -20.0f, 120.0f);
  view.hipFlexion[1] = pose.number("hip_flexion_right", -20.0f, 120.0f);
  view.habitus = pose.number("habitus", -1.0f, 1.0f);
}

void readShow(ObjectReader& show, ViewSpec& view, std::vector<std::string>& warnings,
              const std::string& source) {
  view.layers = show.texts("layers");
  view.sides = show.texts("sides");
  if (view.sides)
    for (const std::string& side : *view.sides)
      if (side != "left" && side != "right")
        show.fail("sides", "may hold only \"left\" and \"right\"");
  view.only = show.texts("only");
  view.hide = show.texts("hide");
  if (const json* opacity = show.find("opacity")) {
    ObjectReader reader(*opacity, show.prefix() + "opacity.", source);
    std::map<std::string, float> values;
    for (auto it = opacity->begin(); it != opacity->end(); ++it)
      values[it.key()] = *reader.number(it.key(), 0.0f, 1.0f);
    view.opacity = values;
  }
  view.ghost = show.boolean("ghost");
  view.select = show.text("select");
  view.labels = show.boolean("labels");
  view.attachments = show.text("attachments");
  view.contraction = show.boolean("contraction");
  if (const json* clip = show.find("clip")) {
    ClipPlane plane;
    if (clip->is_string()) {
      auto parsed = parseClipPlane(clip->get<std::string>());
      if (!parsed)
        show.fail("clip",
                  "must be like \"sagittal:0.0\" or {\"normal\": [1, 0, 0], \"offset\": 0}");
      plane = *parsed;
    } else if (clip->is_null()) {
      plane.enabled = false;
    } else {
      ObjectReader reader(*clip, show.prefix() + "clip.", source);
      const auto normal = reader.vec3("normal", 1e3f);
      const auto offset = reader.number("offset", -1e3f, 1e3f);
      if (!normal || !offset) reader.fail("", "needs a normal [x, y, z] and an offset in metres");
      if (glm::length(*normal) < 1e-6f) reader.fail("normal", "must not be zero");
      plane.enabled = true;
      // Normalised once: a normal written by this program is unit length already, and
      // normalising it again could change its last bit, so a view would not read back the same.
      plane.normal =
          std::abs(glm::length(*normal) - 1.0f) > 1e-6f ? glm::normalize(*normal) : *normal;
      plane.offset = *offset;
      reader.warnUnknown(warnings);
    }
    view.clip = plane;
  }
}

void readCamera(ObjectReader& camera, ViewSpec& view) {
  CameraSpec& c = view.camera;
  if (auto name = camera.text("view")) {
    const auto preset = parseViewPreset(*name);
    if (!preset)
      camera.fail("view", "must be anterior, posterior, left, right, superior or inferior");
    const CameraAngles angles = viewPresetAngles(*preset);
    c.azimuth = angles.azimuth;
    c.elevation = angles.elevation;
  }
  if (auto az = camera.number("azimuth", -360.0f, 360.0f)) c.azimuth = az;
  if (auto el = camera.number("elevation", -90.0f, 90.0f)) c.elevation = el;
  c.distance = camera.number("distance", 1e-4f, 1e4f);
  c.target = camera.vec3("target", 1e4f);
  c.fov = camera.number("fov", 5.0f, 120.0f);
  if (auto frame = camera.texts("frame")) c.frame = *frame;
}

json vec(const glm::vec3& v) {
  return json::array({v.x, v.y, v.z});
}

}  // namespace

ViewSpec parseViewObject(const json& root, const std::string& source,
                         std::vector<std::string>& warnings, const std::string& prefix,
                         bool versioned) {
  ObjectReader top(root, prefix, source);
  const auto version = versioned ? top.number("psoas_explorer_view", 1, 1e6f) : std::nullopt;
  if (versioned && !version)
    top.fail("psoas_explorer_view",
             "is missing: a view file starts with {\"psoas_explorer_view\": 1, ...}");
  if (version && *version > kViewFormatVersion)
    top.fail("psoas_explorer_view", "is version " + std::to_string(int(*version)) +
                                        ", newer than this program reads (" +
                                        std::to_string(kViewFormatVersion) + ")");
  ViewSpec view;
  if (const json* pose = top.find("pose")) {
    ObjectReader reader(*pose, prefix + "pose.", source);
    readPose(reader, view);
    reader.warnUnknown(warnings);
  }
  if (const json* show = top.find("show")) {
    ObjectReader reader(*show, prefix + "show.", source);
    readShow(reader, view, warnings, source);
    reader.warnUnknown(warnings);
  }
  if (const json* camera = top.find("camera")) {
    ObjectReader reader(*camera, prefix + "camera.", source);
    readCamera(reader, view);
    reader.warnUnknown(warnings);
  }
  top.warnUnknown(warnings);
  return view;
}

json viewObject(const ViewSpec& v, bool versioned) {
  json root = json::object();
  if (versioned) root["psoas_explorer_view"] = kViewFormatVersion;
  json pose = json::object();
  if (v.scene) pose["scene"] = *v.scene;
  if (v.animation) pose["animation"] = *v.animation;
  if (v.time) pose["time"] = *v.time;
  if (v.hipFlexion[0]) pose["hip_flexion_left"] = *v.hipFlexion[0];
  if (v.hipFlexion[1]) pose["hip_flexion_right"] = *v.hipFlexion[1];
  if (v.habitus) pose["habitus"] = *v.habitus;
  if (!pose.empty()) root["pose"] = pose;
  json show = json::object();
  if (v.layers) show["layers"] = *v.layers;
  if (v.sides) show["sides"] = *v.sides;
  if (v.only) show["only"] = *v.only;
  if (v.hide) show["hide"] = *v.hide;
  if (v.opacity) show["opacity"] = *v.opacity;
  if (v.ghost) show["ghost"] = *v.ghost;
  if (v.select) show["select"] = *v.select;
  if (v.labels) show["labels"] = *v.labels;
  if (v.attachments) show["attachments"] = *v.attachments;
  if (v.contraction) show["contraction"] = *v.contraction;
  if (v.clip)
    show["clip"] = v.clip->enabled
                       ? json{{"normal", vec(v.clip->normal)}, {"offset", v.clip->offset}}
                       : json(nullptr);
  if (!show.empty()) root["show"] = show;
  json camera = json::object();
  const CameraSpec& c = v.camera;
  if (c.azimuth) camera["azimuth"] = *c.azimuth;
  if (c.elevation) camera["elevation"] = *c.elevation;
  if (c.distance) camera["distance"] = *c.distance;
  if (c.target) camera["target"] = vec(*c.target);
  if (c.fov) camera["fov"] = *c.fov;
  if (!c.frame.empty()) camera["frame"] = c.frame;
  if (!camera.empty()) root["camera"] = camera;
  return root;
}

ViewSpec parseViewJson(const std::string& text, const std::string& source,
                       std::vector<std::string>& warnings) {
  return parseViewObject(parseJson(text, source), source, warnings);
}

ViewSpec readViewFile(const std::string& path, std::vector<std::string>& warnings) {
  return parseViewJson(readWholeFile(path, size_t(1) << 20), path, warnings);
}

std::string viewToJson(const ViewSpec& view, int indent) {
  return viewObject(view).dump(indent) + (indent >= 0 ? "\n" : "");
}

void writeViewFile(const std::string& path, const ViewSpec& view) {
  writeFileAtomically(path, viewToJson(view));
}

BookmarkFile readBookmarkFile(const std::string& path, std::vector<std::string>& problems) {
  return parseBookmarks(readWholeFile(path, size_t(16) << 20), path, problems);
}

BookmarkFile parseBookmarks(const std::string& text, const std::string& path,
                            std::vector<std::string>& problems) {
  BookmarkFile file;
  std::istringstream lines(text);
  std::string line;
  for (int number = 1; std::getline(lines, line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = path + ":" + std::to_string(number);
    try {
      const json entry = parseJson(line, where);
      if (!entry.is_object() || !entry.contains("name") || !entry["name"].is_string() ||
          !entry.contains("view"))
        throw FileError(where, "expected {\"name\": \"...\", \"view\": {...}}");
      std::vector<std::string> warnings;
      ViewBookmark bookmark{entry["name"].get<std::string>(),
                            parseViewObject(entry["view"], where, warnings)};
      file.bookmarks.push_back(std::move(bookmark));
      problems.insert(problems.end(), warnings.begin(), warnings.end());
    } catch (const FileError& e) {
      problems.push_back(std::string(e.what()) + " (line kept in the file, not shown)");
      file.unreadable.push_back(line);
    }
  }
  return file;
}

void writeBookmarkFile(const std::string& path, const BookmarkFile& file) {
  std::string out;
  for (const ViewBookmark& b : file.bookmarks)
    out += json{{"name", b.name}, {"view", viewObject(b.view)}}.dump() + "\n";
  for (const std::string& line : file.unreadable) out += line + "\n";
  const std::string folder = std::filesystem::path(path).parent_path().string();
  if (!folder.empty()) makeDirectories(folder);
  writeFileAtomically(path, out);
}
}  // namespace pe
