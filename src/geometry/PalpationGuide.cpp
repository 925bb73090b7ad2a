#include "geometry/PalpationGuide.h"

#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>

#include "geometry/MuscleLines.h"

namespace pe {
namespace {
constexpr float kMetres = 0.001f;  // mm to glTF metres
const char* const kStepNames[kPalpationStepCount] = {"position",  "find_asis", "navel_level",
                                                     "the_point", "press",     "safety",
                                                     "confirm",   "release",   "cautions"};

std::string sided(const std::string& id, int side) {
  return id + (side == 0 ? "_left" : "_right");
}

// The layers of `wanted` the model has.
std::vector<std::string> layersOf(const StructureIndex& index,
                                  const std::vector<std::string>& wanted) {
  std::vector<std::string> out;
  for (const auto& layer : wanted)
    if (std::find(index.layers.begin(), index.layers.end(), layer) != index.layers.end())
      out.push_back(layer);
  return out;
}

void lookAt(ViewSpec& view, const glm::vec3& targetMm, float distanceM, float azimuth,
            float elevation) {
  view.camera.target = targetMm * kMetres;
  view.camera.distance = distanceM;
  view.camera.azimuth = azimuth;
  view.camera.elevation = elevation;
}

// The skin seen through, when the model has one.
void seeThroughSkin(ViewSpec& view, const StructureIndex& index, float opacity) {
  if (index.find("skin") >= 0) view.opacity = std::map<std::string, float>{{"skin", opacity}};
}

void select(ViewSpec& view, const StructureIndex& index, const std::vector<std::string>& ids) {
  for (const auto& id : ids)
    if (!id.empty() && index.find(id) >= 0) {
      view.select = id;
      return;
    }
}
}  // namespace

std::optional<PalpationStep> palpationStepNamed(const std::string& name) {
  for (int i = 0; i < kPalpationStepCount; ++i)
    if (name == kStepNames[i] || name == std::to_string(i + 1)) return PalpationStep(i);
  return std::nullopt;
}

PalpationMarks palpationMarks(const PalpationScene& scene, const Pose& pose,
                              const StructureIndex& index, const PalpationSetup& setup) {
  PalpationMarks marks;
  marks.asisMm = scene.asisOnSkin(setup.side);
  if (const int s = index.find("umbilicus"); s >= 0 && index.structures[s].node >= 0) {
    // The landmark sits on the average build's skin: onto this build's along the probe's axis.
    ProbeAim straight;
    straight.side = setup.side;
    straight.pointMm =
        glm::vec3(pose.world[static_cast<size_t>(index.structures[s].node)][3]) / kMetres;
    const ProbeReading onSkin = scene.read(straight);
    marks.navelMm = onSkin.onSkin ? onSkin.skinMm : *straight.pointMm;
    marks.navel = true;
  }
  marks.reading = scene.read(setup.aim);
  return marks;
}

ClipPlane probeCutaway(const ProbeReading& reading, int side) {
  glm::vec3 normal = glm::cross(reading.direction, glm::vec3(0.0f, 1.0f, 0.0f));
  normal = glm::length(normal) > 1e-3f ? glm::normalize(normal) : glm::vec3(1, 0, 0);
  if ((normal.x < 0.0f) != (side == 1)) normal = -normal;  // the lateral part goes
  ClipPlane cut;
  cut.enabled = true;
  cut.normal = normal;
  cut.offset = glm::dot(normal, (reading.onSkin ? reading.skinMm : reading.pointMm) * kMetres);
  return cut;
}

ViewSpec palpationStepPose(PalpationStep step, const PalpationSetup& setup) {
  ViewSpec view;
  view.hipFlexion = {setup.hipDeg, setup.hipDeg};
  if (step == PalpationStep::Confirm)
    view.hipFlexion[static_cast<size_t>(setup.side)] = setup.hipDeg + setup.liftDeg;
  if (step == PalpationStep::Release && setup.releaseHipDeg)
    view.hipFlexion[static_cast<size_t>(setup.side)] =
        setup.releaseEndDeg.value_or(*setup.releaseHipDeg);
  view.habitus = setup.habitus;
  return view;
}

ViewSpec palpationStepView(PalpationStep step, const PalpationSetup& setup,
                           const PalpationMarks& marks, const StructureIndex& index) {
  ViewSpec view = palpationStepPose(step, setup);
  const float mirror = setup.side == 0 ? 1.0f : -1.0f;  // the subject's left lies at +X
  const ProbeReading& r = marks.reading;
  const glm::vec3 point = r.onSkin ? r.skinMm : marks.asisMm;
  const float depth = r.firstMuscle.empty() ? 40.0f : r.firstMuscleDepthMm;
  const glm::vec3 muscle = point + r.direction * depth;
  // Between the navel and the ASIS: the middle of the lower abdomen.
  const glm::vec3 centre = marks.navel ? 0.5f * (marks.navelMm + marks.asisMm) : marks.asisMm;
  view.labels = false;
  view.ghost = false;
  view.select = "";
  view.clip = ClipPlane();
  view.contraction = false;
  switch (step) {
    case PalpationStep::Position:
      view.layers = layersOf(index, {"bones", "muscles", "skin"});
      seeThroughSkin(view, index, 0.6f);
      lookAt(view, glm::vec3(0.0f, centre.y - 80.0f, centre.z - 60.0f), 0.95f,
             setup.cameraAzimuth * mirror, setup.cameraElevation);
      break;
    case PalpationStep::FindAsis:
      view.layers = layersOf(index, {"bones", "skin"});
      seeThroughSkin(view, index, 0.35f);
      select(view, index, {sided("hip_bone", setup.side)});
      lookAt(view, marks.asisMm, 0.42f, 30.0f * mirror, 15.0f);
      break;
    case PalpationStep::NavelLevel: {
      view.layers = layersOf(index, {"bones", "skin"});
      seeThroughSkin(view, index, 0.7f);
      const glm::vec3 navel = marks.navel ? marks.navelMm : marks.asisMm;
      lookAt(view, glm::vec3(0.5f * marks.asisMm.x, 0.5f * (navel.y + marks.asisMm.y), navel.z),
             0.5f, 10.0f * mirror, 5.0f);
      break;
    }
    case PalpationStep::ThePoint:
      view.layers = layersOf(index, {"bones", "muscles", "skin"});
      seeThroughSkin(view, index, 0.45f);
      lookAt(view, point, 0.3f, 5.0f * mirror, 2.0f);  // from in front, as the hand comes
      break;
    case PalpationStep::Press: {
      // The cut-away: a plane along the probe and the body's long axis through the point, the
      // part lateral to it removed, seen square on from that side.
      view.layers = layersOf(index, {"bones", "muscles", "abdominal_wall", "skin", "vessels",
                                     "nerves", "viscera", "ligaments"});
      const ClipPlane cut = probeCutaway(r, setup.side);
      view.clip = cut;
      select(view, index, {r.firstMuscle});
      const float azimuth = glm::degrees(std::atan2(cut.normal.x, cut.normal.z));
      lookAt(view, point + r.direction * 0.5f * depth, 0.2f, azimuth, 8.0f);
      break;
    }
    case PalpationStep::Safety: {
      view.layers = layersOf(index, {"bones", "muscles", "vessels", "nerves", "viscera"});
      // What a warning is about, else the artery whose pulse says "too medial"; the rest of the
      // vessels, nerves and gut seen through, so that those stand out.
      std::vector<std::string> concerned = r.arteriesNear;
      for (const auto& ids : {r.nervesNear, r.gutCrossed})
        concerned.insert(concerned.end(), ids.begin(), ids.end());
      if (concerned.empty()) concerned.push_back(sided("external_iliac_artery", setup.side));
      select(view, index, concerned);
      std::map<std::string, float> faint;
      for (const Structure& s : index.structures)
        if ((s.layer == "viscera" || s.layer == "vessels" || s.layer == "nerves") &&
            std::find(concerned.begin(), concerned.end(), s.id) == concerned.end())
          faint[s.id] = 0.3f;
      for (const auto& id : r.gutCrossed) faint[id] = 0.6f;  // the vessels behind show through
      view.opacity = faint;
      lookAt(view, point + r.direction * 0.6f * depth, 0.33f, 15.0f * mirror, 25.0f);
      break;
    }
    case PalpationStep::Confirm:
      view.layers = layersOf(index, {"bones", "muscles"});
      view.contraction = true;
      if (index.find(sided("hip_bone", setup.side)) >= 0)  // the muscle under it shows
        view.opacity = std::map<std::string, float>{{sided("hip_bone", setup.side), 0.35f}};
      lookAt(view, muscle, 0.42f, 55.0f * mirror, 12.0f);
      break;
    case PalpationStep::Release:
      view.layers = layersOf(index, {"bones", "muscles", "skin"});
      seeThroughSkin(view, index, 0.3f);
      view.contraction = true;
      lookAt(view, muscle, 0.45f, 60.0f * mirror, 15.0f);
      break;
    case PalpationStep::Cautions:
      view.layers = layersOf(index, {"bones", "muscles", "vessels", "viscera"});
      select(view, index, {"abdominal_aorta"});
      lookAt(view, glm::vec3(0.0f, centre.y, centre.z - 60.0f), 0.75f, 0.0f, 10.0f);
      break;
  }
  return view;
}

glm::vec3 carriedAlongLine(const MuscleLine& line, const Pose& from, const Pose& to,
                           const glm::vec3& pointMm) {
  const std::vector<glm::vec3> before = linePath(line, from), after = linePath(line, to);
  if (before.size() < 2 || after.size() < 2) return pointMm;
  // The nearest place on the line before: its arc length from the origin, and the line's length.
  const glm::vec3 p = pointMm * kMetres;
  float best = 1e30f, at = 0.0f, length = 0.0f;
  glm::vec3 nearest = before[0];
  for (size_t i = 0; i + 1 < before.size(); ++i) {
    const glm::vec3 a = before[i], ab = before[i + 1] - a;
    const float span = glm::length(ab);
    const float t =
        span > 0.0f ? std::clamp(glm::dot(p - a, ab) / (span * span), 0.0f, 1.0f) : 0.0f;
    const glm::vec3 q = a + ab * t;
    if (const float d = glm::distance(p, q); d < best)
      best = d, at = length + span * t, nearest = q;
    length += span;
  }
  float total = 0.0f;
  for (size_t i = 0; i + 1 < after.size(); ++i) total += glm::distance(after[i], after[i + 1]);
  // The same fraction along the line after.
  float wanted = length > 0.0f ? at / length * total : 0.0f;
  glm::vec3 moved = after.back();
  for (size_t i = 0; i + 1 < after.size(); ++i) {
    const float span = glm::distance(after[i], after[i + 1]);
    if (wanted <= span) {
      moved = after[i] + (after[i + 1] - after[i]) * (span > 0.0f ? wanted / span : 0.0f);
      break;
    }
    wanted -= span;
  }
  return pointMm + (moved - nearest) / kMetres;
}

const MuscleLine* lineOf(const MuscleMeter& meter, const std::string& muscle) {
  for (const MuscleLine& line : meter.lines())
    if (line.muscle == muscle) return &line;
  return nullptr;
}

std::vector<LengthChange> hipLengthChanges(const MuscleMeter& meter, int side, float fromDeg,
                                           float toDeg) {
  std::vector<LengthChange> out;
  for (const std::string& id : {sided("psoas_major", side), sided("iliacus", side)})
    for (const LengthCurve& curve : meter.curves()) {
      if (curve.muscle != id || curve.standingMm <= 0.0f) continue;
      LengthChange c;
      c.muscle = id;
      c.fromMm = sampleAt(curve, fromDeg).lengthMm;
      c.toMm = sampleAt(curve, toDeg).lengthMm;
      c.fromShortening = 1.0f - c.fromMm / curve.standingMm;
      c.toShortening = 1.0f - c.toMm / curve.standingMm;
      out.push_back(c);
    }
  return out;
}
}  // namespace pe
