#include "geometry/PalpationProbe.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>

#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>

#include "pose/Deformation.h"
#include "scene/TriangleBvh.h"

namespace pe {
namespace {
constexpr float kMm = 1000.0f;       // glTF metres to millimetres
constexpr float kBackMm = 300.0f;    // the rays start this far outside the point
constexpr float kOutsideMm = 20.0f;  // a point may lie this far outside the skin
// Rays round the probe's edge, 2.9 mm apart: a nerve or vessel crossing the probe crosses them.
constexpr int kRing = 16;

const char* sideName(int side) {
  return side == 0 ? "left" : "right";
}

// A structure's triangles posed (mm, model frame): morphs and skinning applied as drawn.
struct PosedMesh {
  std::vector<glm::vec3> positions;
  std::vector<uint32_t> corners;
};

void addPosed(const Model& model, const Pose& pose, int node, PosedMesh& out) {
  const Node& n = model.nodes[static_cast<size_t>(node)];
  if (n.mesh < 0) return;
  for (const Primitive& prim : model.meshes[static_cast<size_t>(n.mesh)].primitives) {
    const std::vector<glm::vec3> positions = posedPositions(model, pose, node, prim);
    const uint32_t base = static_cast<uint32_t>(out.positions.size());
    for (const auto& p : positions) out.positions.push_back(p * kMm);
    for (uint32_t c : prim.triangleCorners()) out.corners.push_back(base + c);
  }
}

// A structure's meshes posed: its node's and those of its descendants that are not structures.
PosedMesh posedMesh(const Model& model, const Pose& pose, const Structure& s) {
  PosedMesh out;
  addPosed(model, pose, s.node, out);
  for (int node : s.meshNodes)
    if (node != s.node) addPosed(model, pose, node, out);
  return out;
}

const Structure* named(const StructureIndex& index, const std::string& id) {
  const int s = index.find(id);
  return s < 0 ? nullptr : &index.structures[static_cast<size_t>(s)];
}

// Two unit vectors across a direction.
std::pair<glm::vec3, glm::vec3> across(const glm::vec3& d) {
  const glm::vec3 a = std::abs(d.x) < 0.9f ? glm::vec3(1, 0, 0) : glm::vec3(0, 1, 0);
  const glm::vec3 u = glm::normalize(glm::cross(d, a));
  return {u, glm::cross(d, u)};
}

// A segment for many distance tests: squared distances, no division.
struct Segment {
  glm::vec3 from, along;  // unit direction
  float length;
  Segment(const glm::vec3& a, const glm::vec3& b)
      : from(a), along(glm::normalize(b - a)), length(glm::distance(a, b)) {}
  bool within(const glm::vec3& p, float r) const {
    const glm::vec3 q = p - from;
    const float t = std::clamp(glm::dot(q, along), 0.0f, length);
    const glm::vec3 off = q - along * t;
    return glm::dot(off, off) <= r * r;
  }
};

float segmentDistance(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b) {
  const glm::vec3 ab = b - a;
  const float t = std::clamp(glm::dot(p - a, ab) / std::max(glm::dot(ab, ab), 1e-9f), 0.0f, 1.0f);
  return glm::distance(p, a + ab * t);
}

// From a point to the probe: a cylinder of the probe's radius with a flat end.
float cylinderDistance(const glm::vec3& p, const glm::vec3& top, const glm::vec3& bottom) {
  const glm::vec3 axis = bottom - top;
  const float length = glm::length(axis);
  const glm::vec3 d = length > 1e-6f ? axis / length : glm::vec3(0, 0, -1);
  const float along = glm::dot(p - top, d);
  const float radial = std::max(0.0f, glm::length(p - top - d * along) - kProbeRadiusMm);
  const float beyond = along < 0.0f ? -along : std::max(0.0f, along - length);
  return std::hypot(radial, beyond);
}

bool isGut(const std::string& id) {
  return id == "caecum" || id == "appendix" || id.find("colon") != std::string::npos ||
         id == "small_intestine";
}
}  // namespace

std::vector<std::string> missingForPalpation(const StructureIndex& index, int side) {
  std::vector<std::string> missing;
  for (const std::string& id : {std::string("skin"), std::string("asis_") + sideName(side)})
    if (!named(index, id)) missing.push_back(id);
  return missing;
}

glm::vec3 probeDirection(const ProbeAim& aim) {
  const float turn = glm::radians(aim.towardSpineDeg), tilt = glm::radians(aim.tiltDeg);
  const float medial = aim.side == 0 ? -1.0f : 1.0f;  // the left side lies at +X
  const glm::vec3 turned(medial * std::sin(turn), 0.0f, -std::cos(turn));
  return glm::normalize(turned * std::cos(tilt) + glm::vec3(0.0f, std::sin(tilt), 0.0f));
}

PalpationScene::PalpationScene(const Model& model, const StructureIndex& index)
    : model_(model), index_(index) {}

PalpationScene::~PalpationScene() = default;

void PalpationScene::setPose(const Pose& pose) {
  solids_.clear();
  for (const Structure& s : index_.structures) {
    if (s.node < 0 || s.layer == "attachments" || s.layer == "landmarks") continue;
    PosedMesh mesh = posedMesh(model_, pose, s);
    if (mesh.corners.empty()) continue;
    Solid solid{&s, std::move(mesh.positions), std::move(mesh.corners),
                {}, glm::vec3(1e9f),           glm::vec3(-1e9f)};
    for (const auto& p : solid.positions)
      solid.lo = glm::min(solid.lo, p), solid.hi = glm::max(solid.hi, p);
    for (size_t t = 0; t + 2 < solid.corners.size(); t += 3) {  // each triangle's bounding sphere
      const glm::vec3 a = solid.positions[solid.corners[t]],
                      b = solid.positions[solid.corners[t + 1]],
                      c = solid.positions[solid.corners[t + 2]];
      const glm::vec3 centre = (a + b + c) / 3.0f;
      solid.spheres.push_back(
          glm::vec4(centre, std::max({glm::distance(a, centre), glm::distance(b, centre),
                                      glm::distance(c, centre)})));
    }
    solids_.push_back(std::move(solid));
  }
  // The palpation point is found on the average build's skin: the fingers find the same spot on
  // any build, where the probe then meets that build's skin along its axis.
  averageSkin_.reset();
  for (int side = 0; side < 2; ++side) {
    point_[side] = glm::vec3(0.0f);
    const Structure* asis = named(index_, std::string("asis_") + sideName(side));
    asis_[side] =
        asis ? glm::vec3(pose.world[static_cast<size_t>(asis->node)][3]) * kMm : glm::vec3(0.0f);
  }
  const Structure* skin = named(index_, "skin");
  if (!skin) {
    point_[0] = asisSkin_[0] = asis_[0], point_[1] = asisSkin_[1] = asis_[1];
    return;
  }
  Pose average = pose;
  const Node& node = model_.nodes[static_cast<size_t>(skin->node)];
  if (node.mesh >= 0) {
    const auto& names = model_.meshes[static_cast<size_t>(node.mesh)].targetNames;
    auto& w = average.weights[static_cast<size_t>(skin->node)];
    for (size_t t = 0; t < names.size() && t < w.size(); ++t)
      if (names[t] == "lean" || names[t] == "heavy") w[t] = 0.0f;
  }
  PosedMesh mesh = posedMesh(model_, average, *skin);
  averageSkin_ = std::make_unique<TriangleBvh>(std::move(mesh.positions), std::move(mesh.corners));
  for (int side = 0; side < 2; ++side)
    asisSkin_[side] = onSkin(asis_[side]), point_[side] = walkFromAsis(side);
}

glm::vec3 PalpationScene::palpationPoint(int side) const {
  return point_[side];
}

glm::vec3 PalpationScene::asisOnSkin(int side) const {
  return asisSkin_[side];
}

// Onto the skin in front: the first surface met coming back from well in front.
glm::vec3 PalpationScene::onSkin(const glm::vec3& p) const {
  const glm::vec3 from(p.x, p.y, p.z + 300.0f);
  const auto t = averageSkin_ ? averageSkin_->intersect(from, glm::vec3(0, 0, -1), 600.0f)
                              : std::optional<float>();
  return t ? from + glm::vec3(0, 0, -*t) : p;
}

glm::vec3 PalpationScene::walkFromAsis(int side) const {
  glm::vec3 at = asisSkin_[side];
  const glm::vec3 medial(at.x > 0.0f ? -1.0f : 1.0f, 0.0f, 0.0f);
  for (float walked = 0.0f; walked < kPalpationMedialMm;) {
    const glm::vec3 next = onSkin(at + medial * 0.5f);
    const float step = glm::distance(at, next);
    if (walked + step > kPalpationMedialMm) {
      at += (next - at) * ((kPalpationMedialMm - walked) / step);
      break;
    }
    walked += step, at = next;
  }
  return at;
}

ProbeReading PalpationScene::read(const ProbeAim& aim) const {
  ProbeReading r;
  r.pointMm = aim.pointMm ? *aim.pointMm : palpationPoint(aim.side);
  r.direction = probeDirection(aim);
  const auto [u, v] = across(r.direction);
  std::vector<glm::vec3> starts = {r.pointMm - r.direction * kBackMm};
  for (int k = 0; k < kRing; ++k) {
    const float a = 6.2831853f * static_cast<float>(k) / kRing;
    const glm::vec3 off = (u * std::cos(a) + v * std::sin(a)) * kProbeRadiusMm;
    starts.push_back(starts[0] + off);
  }
  const float length = kBackMm + kProbeReachMm;
  // Where the axis enters the skin next to the point (it may lie inside, or just outside).
  float skinAt = -1.0f;
  for (const Solid& solid : solids_) {
    if (solid.structure->id != "skin") continue;
    std::vector<float> h;
    const Segment axis(starts[0], starts[0] + r.direction * length);
    for (size_t t = 0; t + 2 < solid.corners.size(); t += 3) {
      const glm::vec4& sphere = solid.spheres[t / 3];
      if (!axis.within(glm::vec3(sphere), sphere.w)) continue;
      if (const auto hit = rayTriangle(starts[0], r.direction, solid.positions[solid.corners[t]],
                                       solid.positions[solid.corners[t + 1]],
                                       solid.positions[solid.corners[t + 2]]);
          hit && *hit < length)
        h.push_back(*hit);
    }
    std::sort(h.begin(), h.end());
    for (size_t i = 0; i < h.size(); i += 2)
      if (h[i] <= kBackMm + kOutsideMm) skinAt = h[i];
  }
  r.onSkin = skinAt >= 0.0f;
  if (!r.onSkin) return r;
  r.skinMm = starts[0] + r.direction * skinAt;
  // Beneath it, what the probe's rays cross (paired into spans: in, out); the structures near
  // the probe are found among those within kNearMm of it.
  const glm::vec3 top = starts[0] + r.direction * (skinAt - 1.0f),
                  axisEnd = starts[0] + r.direction * length;
  const glm::vec3 reach(kProbeRadiusMm + kNearMm);
  const glm::vec3 lo = glm::min(top, axisEnd) - reach, hi = glm::max(top, axisEnd) + reach;
  struct Span {
    float in, out;
    bool edge;
  };
  std::map<std::string, Span> spans;
  std::vector<const Solid*> near;  // arteries and nerves, for their distance
  const Segment probe(top, axisEnd);
  spans["skin"] = {skinAt, skinAt, false};
  for (const Solid& solid : solids_) {
    const Structure& s = *solid.structure;
    if (s.id == "skin" || glm::any(glm::lessThan(solid.hi, lo)) ||
        glm::any(glm::greaterThan(solid.lo, hi)) ||
        segmentDistance(0.5f * (solid.lo + solid.hi), top, axisEnd) >
            0.5f * glm::distance(solid.lo, solid.hi) + kProbeRadiusMm + kNearMm)
      continue;
    if (s.kind == "artery" || s.kind == "nerve") near.push_back(&solid);
    std::vector<std::vector<float>> hits(starts.size());
    for (size_t t = 0; t + 2 < solid.corners.size(); t += 3) {
      const glm::vec4& sphere = solid.spheres[t / 3];
      if (!probe.within(glm::vec3(sphere), kProbeRadiusMm + sphere.w)) continue;
      const glm::vec3 a = solid.positions[solid.corners[t]],
                      b = solid.positions[solid.corners[t + 1]],
                      c = solid.positions[solid.corners[t + 2]];
      for (size_t k = 0; k < starts.size(); ++k)
        if (const auto hit = rayTriangle(starts[k], r.direction, a, b, c); hit && *hit < length)
          hits[k].push_back(*hit);
    }
    // Where the axis crosses it; what only the probe's edge crosses, where that edge does (the
    // mean of the rays that meet it).
    Span span{0.0f, 0.0f, hits[0].empty()};
    int rays = 0;
    for (size_t k = 0; k < hits.size(); ++k) {
      auto& h = hits[k];
      if (h.empty()) continue;
      std::sort(h.begin(), h.end());
      span.in += h.front(), span.out += h.size() % 2 == 0 ? h.back() : length, ++rays;
      if (k == 0) break;
    }
    if (rays > 0)
      spans[s.id] = {span.in / static_cast<float>(rays), span.out / static_cast<float>(rays),
                     span.edge};
  }
  // The probe stops at bone.
  float stop = length;
  for (const auto& [id, span] : spans) {
    const Structure* s = named(index_, id);
    if (s && s->layer == "bones" && span.out > skinAt) stop = std::min(stop, span.in);
  }
  for (const auto& [id, span] : spans) {
    if (span.in > stop || (id != "skin" && span.out <= skinAt)) continue;  // from the skin down
    const Structure* s = named(index_, id);
    const bool bone = s && s->layer == "bones";
    r.crossings.push_back(
        {id, span.in - skinAt, (bone ? span.in : std::min(span.out, stop)) - skinAt, span.edge});
  }
  std::sort(r.crossings.begin(), r.crossings.end(), [](const auto& a, const auto& b) {
    return a.entryMm < b.entryMm || (a.entryMm == b.entryMm && a.structure < b.structure);
  });
  for (const ProbeCrossing& c : r.crossings) {
    const Structure* s = named(index_, c.structure);
    if (s && s->layer == "muscles" && r.firstMuscle.empty())
      r.firstMuscle = c.structure, r.firstMuscleDepthMm = c.entryMm;
    if (isGut(c.structure)) r.gutCrossed.push_back(c.structure);
  }
  if (!r.firstMuscle.empty() && std::find(index_.layers.begin(), index_.layers.end(),
                                          "abdominal_wall") != index_.layers.end()) {
    r.wallMissing = true;
    for (const ProbeCrossing& c : r.crossings) {
      const Structure* s = named(index_, c.structure);
      if (s && s->layer == "abdominal_wall" && !c.edge && c.entryMm < r.firstMuscleDepthMm)
        r.wallMissing = false;
    }
  }
  // What the axis meets nothing in: under the skin the fat, behind the wall the space the model
  // leaves empty.
  std::vector<ProbeCrossing> gaps;
  float covered = 0.0f;
  std::string coveredBy = "skin";
  for (const ProbeCrossing& c : r.crossings) {
    if (c.edge || c.structure == "skin") continue;
    const Structure* by = named(index_, coveredBy);
    if (c.entryMm > covered + 0.5f) {
      if (coveredBy == "skin")
        gaps.push_back({"subcutaneous_fat", covered, c.entryMm});
      else if (by && by->layer == "abdominal_wall")
        gaps.push_back({"extraperitoneal_space", covered, c.entryMm});
    }
    if (c.exitMm > covered) covered = c.exitMm, coveredBy = c.structure;
  }
  r.crossings.insert(r.crossings.end(), gaps.begin(), gaps.end());
  std::stable_sort(r.crossings.begin(), r.crossings.end(),
                   [](const auto& a, const auto& b) { return a.entryMm < b.entryMm; });
  // What lies close: the probe pressed down to the first muscle (or all the way).
  const float pressed = r.firstMuscle.empty() ? stop - skinAt : r.firstMuscleDepthMm;
  const glm::vec3 skinPoint = starts[0] + r.direction * skinAt,
                  bottom = skinPoint + r.direction * std::max(pressed, 0.0f);
  for (const Solid* solid : near) {
    float d = 1e9f;
    for (const auto& p : solid->positions) d = std::min(d, cylinderDistance(p, skinPoint, bottom));
    if (d > kNearMm) continue;
    const std::string& id = solid->structure->id;
    r.distancesMm.push_back({id, d});
    if (d > kProbeWarningMm) continue;
    if (solid->structure->kind == "artery") r.arteriesNear.push_back(id);
    if (id.rfind("lateral_femoral_cutaneous_nerve", 0) == 0) r.nervesNear.push_back(id);
  }
  return r;
}

glm::vec3 palpationPoint(const Model& model, const Pose& pose, const StructureIndex& index,
                         int side) {
  PalpationScene scene(model, index);
  scene.setPose(pose);
  return scene.palpationPoint(side);
}

ProbeReading readProbe(const Model& model, const Pose& pose, const StructureIndex& index,
                       const ProbeAim& aim) {
  PalpationScene scene(model, index);
  scene.setPose(pose);
  return scene.read(aim);
}

std::string probeCsv(const ProbeReading& reading, const ProbeAim& aim, float habitus) {
  std::string out;
  char line[256];
  for (const ProbeCrossing& c : reading.crossings) {
    std::snprintf(line, sizeof line, "%s,%.2f,%.1f,%s,%.1f,%.1f\n", sideName(aim.side), habitus,
                  aim.towardSpineDeg, c.structure.c_str(), c.entryMm + 0.0f, c.exitMm + 0.0f);
    out += line;
  }
  return out;
}
}  // namespace pe
