#include "app/ViewApply.h"

#include <algorithm>

#include "core/Error.h"
#include "core/Log.h"
#include "io/LessonFile.h"
#include "pose/SceneBounds.h"

namespace pe {
namespace {
bool contains(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

// Collects problems, each prefixed by the model's path, and finds ids.
struct Problems {
  const ViewerState& state;
  std::vector<std::string>& out;
  void add(const std::string& what) { out.push_back(state.documentPath + ": " + what); }
  int structure(const std::string& id) {
    const int s = state.structures.index().find(id);
    if (s < 0) add("has no structure with id '" + id + "'");
    return s;
  }
};

void applyPosing(const ViewSpec& view, ViewerState& state, Problems& problems) {
  PosedModel& doc = state.document;
  const Model& model = *doc.model();
  int scene = model.defaultScene;
  if (view.scene) {
    if (*view.scene < static_cast<int>(model.scenes.size()))
      scene = *view.scene;
    else
      problems.add("has no scene " + std::to_string(*view.scene));
  }
  doc.setScene(scene);
  int clip = model.clips.empty() ? -1 : 0;
  if (view.animation) {
    clip = view.animation->empty() ? -1 : model.findClip(*view.animation);
    if (clip < 0 && !view.animation->empty()) {
      problems.add("has no animation named '" + *view.animation + "'");
      clip = model.clips.empty() ? -1 : 0;
    }
  }
  doc.setClip(clip);
  doc.setTime(view.time.value_or(0.0f));
  if (view.time) state.settings.animation.playing = false;  // show the moment asked for
  state.poseControls.cyclePlaying = false;
  const bool posed = view.hipFlexion[0] || view.hipFlexion[1];
  if (posed && !doc.hasHipRig())
    problems.add(
        "has no hip rig (nodes with ids femur_left and femur_right) for a hip pose (--pose)");
  if (view.habitus && *view.habitus != 0.0f && !doc.hasHabitus())
    problems.add("has no lean and heavy builds (morph targets) for a body build (--habitus)");
  if (view.habitus && doc.hasHabitus())
    doc.setHabitus(*view.habitus);
  else
    doc.clearHabitus();
  for (int side = 0; side < 2; ++side) {
    if (view.hipFlexion[side] && doc.hasHipRig())
      setHipByHand(doc, state.poseControls, state.settings.animation, side, *view.hipFlexion[side]);
    else
      doc.setHipFlexion(side, std::nullopt);
  }
}

void applyAttachments(const std::string& what, StructureView& sv, Problems& problems) {
  if (what == "all") {
    sv.attachments = AttachmentDisplay::All;
  } else if (what == "none") {
    sv.attachments = AttachmentDisplay::None;
  } else if (!what.empty() && what != "selected") {
    if (problems.structure(what) < 0) return;
    if (sv.attachmentsOfMuscle(what).empty())
      problems.add("has no attachment footprints for '" + what + "'");
    else
      sv.attachmentsOf = what;
  }
}

void applyShowing(const ViewSpec& view, ViewerState& state, Problems& problems) {
  StructureView& sv = state.structures;
  const StructureIndex& index = sv.index();
  sv.resetDisplay();
  if (view.only) {
    std::vector<int> keep;
    for (const std::string& id : *view.only)
      if (const int s = problems.structure(id); s >= 0) keep.push_back(s);
    sv.isolate(keep);
  }
  if (view.layers) {
    for (const std::string& layer : *view.layers)
      if (!contains(index.layers, layer)) problems.add("has no layer '" + layer + "'");
    // Footprints follow the attachments asked for, whichever layers are shown.
    for (const std::string& layer : index.layers)
      if (layer != "attachments") sv.setLayerVisible(layer, contains(*view.layers, layer));
  }
  if (view.sides)
    for (const char* side : {"left", "right"}) sv.setSideVisible(side, contains(*view.sides, side));
  if (view.hide)
    for (const std::string& id : *view.hide)
      if (const int s = problems.structure(id); s >= 0) sv.setStructureVisible(s, false);
  if (view.opacity)
    for (const auto& [id, opacity] : *view.opacity)
      if (const int s = problems.structure(id); s >= 0) sv.setOpacity(s, opacity);
  sv.ghost = view.ghost.value_or(false);
  if (view.select && !view.select->empty())
    if (const int s = problems.structure(*view.select); s >= 0) sv.selected = s;
  applyAttachments(view.attachments.value_or("selected"), sv, problems);
  state.settings.ui.showLabels = view.labels.value_or(false);
  state.settings.pose.contractionTint = view.contraction.value_or(false);
  if (state.settings.pose.contractionTint && state.muscles.empty())
    problems.add("has no hip rig and muscle lines to show the contraction tint (--contraction) on");
  state.clip = view.clip.value_or(ClipPlane());
  // The field of view is also a setting: a view without one keeps the viewer's.
  if (view.camera.fov) state.settings.camera.fovDegrees = *view.camera.fov;
}
}  // namespace

std::vector<std::string> applyView(const ViewSpec& view, ViewerState& state) {
  std::vector<std::string> out;
  if (state.document.empty()) return out;
  Problems problems{state, out};
  applyPosing(view, state, problems);
  applyShowing(view, state, problems);
  return out;
}

Bounds visibleBounds(const ViewerState& state) {
  const PosedModel& doc = state.document;
  if (doc.empty()) return Bounds();
  const Model& model = *doc.model();
  const auto appearance = state.structures.nodeAppearance(model.nodes.size());
  std::vector<int> nodes;
  for (int n : sceneNodes(model, doc.scene()))
    if (appearance[n].visible) nodes.push_back(n);
  const Bounds shown = nodeBounds(model, doc.pose(), nodes);
  return shown.valid() ? shown : doc.currentBounds();
}

CameraPose viewCamera(const ViewSpec& view, const ViewerState& state, float aspect,
                      std::vector<std::string>& problems) {
  const CameraSpec& c = view.camera;
  OrbitCamera camera;
  camera.fovYDegrees = state.settings.camera.fovDegrees;
  camera.pose.orientation =
      orientationFromAngles({c.azimuth.value_or(0.0f), c.elevation.value_or(0.0f)});
  if (c.target && c.distance) {
    camera.pose.target = *c.target;
    camera.pose.distance = *c.distance;
    return camera.pose;
  }
  Bounds bounds;
  if (!c.frame.empty() && !state.document.empty()) {
    Problems p{state, problems};
    std::vector<int> nodes;
    for (const std::string& id : c.frame)
      if (const int s = p.structure(id); s >= 0) {
        const auto& meshNodes = state.structures.index().structures[s].meshNodes;
        nodes.insert(nodes.end(), meshNodes.begin(), meshNodes.end());
      }
    bounds = nodeBounds(*state.document.model(), state.document.pose(), nodes);
  }
  if (!bounds.valid()) bounds = visibleBounds(state);
  const bool labels = view.labels.value_or(false);
  CameraPose pose = camera.framed(bounds, labels ? aspect * 0.6f : aspect);
  if (c.target) pose.target = *c.target;
  if (c.distance) pose.distance = *c.distance;
  return pose;
}

CameraSpec resolvedCamera(const ViewSpec& view, const CameraPose& pose, float fovDegrees) {
  CameraSpec c;
  c.azimuth = view.camera.azimuth.value_or(0.0f);
  c.elevation = view.camera.elevation.value_or(0.0f);
  c.target = pose.target;
  c.distance = pose.distance;
  c.fov = fovDegrees;
  return c;
}

CameraSpec cameraSpecOf(const OrbitCamera& camera) {
  const CameraAngles angles = anglesOf(camera.pose.orientation);
  CameraSpec c;
  c.azimuth = angles.azimuth;
  c.elevation = angles.elevation;
  c.target = camera.pose.target;
  c.distance = camera.pose.distance;
  c.fov = camera.fovYDegrees;
  return c;
}

ViewSpec captureView(const ViewerState& state, const CameraSpec& camera) {
  ViewSpec v;
  v.camera = camera;
  const PosedModel& doc = state.document;
  if (doc.empty()) return v;
  const Model& model = *doc.model();
  v.scene = doc.scene();
  v.animation = doc.clip() >= 0 ? model.clips[doc.clip()].name : "";
  v.time = doc.time();
  for (int side = 0; side < 2; ++side)
    if (const auto set = doc.hipFlexionSet(side))
      v.hipFlexion[side] = *set;
    else if (state.poseControls.cyclePlaying)  // the angle read back from the pose, kept in range
      v.hipFlexion[side] = std::clamp(doc.hipFlexion(side), kMinHipFlexion, kMaxHipFlexion);
  if (doc.habitusSet()) v.habitus = doc.habitus();
  const StructureView& sv = state.structures;
  const StructureIndex& index = sv.index();
  v.layers.emplace();
  for (const std::string& layer : index.layers)
    if (sv.layerVisible(layer)) v.layers->push_back(layer);
  v.sides.emplace();
  for (const char* side : {"left", "right"})
    if (sv.sideVisible(side)) v.sides->push_back(side);
  // The shorter of the two lists: the structures hidden, or only those shown.
  std::vector<std::string> shown, hidden;
  v.opacity.emplace();
  for (size_t s = 0; s < index.structures.size(); ++s) {
    const Structure& st = index.structures[s];
    if (!st.muscle.empty()) continue;  // footprints follow the attachments
    (sv.structureVisible(int(s)) ? shown : hidden).push_back(st.id);
    if (sv.opacity(int(s)) != 1.0f) (*v.opacity)[st.id] = sv.opacity(int(s));
  }
  if (shown.size() < hidden.size())
    v.only = shown;
  else
    v.hide = hidden;
  v.ghost = sv.ghost;
  v.select = sv.selected ? index.structures[*sv.selected].id : "";
  if (!sv.layerVisible("attachments") || sv.attachments == AttachmentDisplay::None)
    v.attachments = "none";
  else if (sv.attachments == AttachmentDisplay::All)
    v.attachments = "all";
  else
    v.attachments = sv.attachmentsOf.empty() ? "selected" : sv.attachmentsOf;
  v.labels = state.settings.ui.showLabels;
  v.contraction = state.settings.pose.contractionTint;
  v.clip = state.clip;
  return v;
}

ViewSpec viewFromCommandLine(const CommandLine& cl) {
  ViewSpec base;
  std::vector<std::string> warnings;
  if (!cl.lesson.empty()) {
    const Lesson lesson = readLessonFile(cl.lesson, warnings);
    const int step = cl.step.value_or(1);
    if (step > static_cast<int>(lesson.steps.size()))
      throw FileError(cl.lesson, "has " + std::to_string(lesson.steps.size()) +
                                     " steps; there is no step " + std::to_string(step));
    base = lesson.steps[step - 1].view;
  }
  if (!cl.viewFile.empty()) base = overlayView(base, readViewFile(cl.viewFile, warnings));
  for (const std::string& w : warnings) logWarning(w);
  return overlayView(base, cl.view);
}
}  // namespace pe
