#include "geometry/PalpationProbe.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>

#include "pose/Deformation.h"
#include "scene/TriangleBvh.h"

namespace pe {
namespace {
constexpr float kMm = 1000.0f;       // glTF metres to millimetres
constexpr float kBackMm = 300.0f;    // the rays start this far outside the point
constexpr float kOutsideMm = 20.0f;  // a point may lie this far outside the skin
constexpr int kRing = 16;            // rays round the probe's edge, and half as many half-way in

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
    std::vector<glm::vec3> positions = prim.positions, normals;
    if (!prim.targets.empty())
      applyMorphTargets(prim, pose.weights[static_cast<size_t>(node)], positions, normals);
    if (prim.skinned() && n.skin >= 0) {
      positions = skinPositions(prim, positions,
                                jointMatrices(model.skins[static_cast<size_t>(n.skin)], pose));
    } else {
      const glm::mat4& m = pose.world[static_cast<size_t>(node)];
      for (auto& p : positions) p = glm::vec3(m * glm::vec4(p, 1.0f));
    }
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

glm::vec3 palpationPoint(const Model& model, const Pose& pose, const StructureIndex& index,
                         int side) {
  const Structure& skin = *named(index, "skin");
  const Structure& asis = *named(index, std::string("asis_") + sideName(side));
  // On the average build's skin: the fingers find the same spot on any build, where the probe
  // then meets that build's skin along its axis.
  Pose average = pose;
  const Node& node = model.nodes[static_cast<size_t>(skin.node)];
  if (node.mesh >= 0) {
    const auto& names = model.meshes[static_cast<size_t>(node.mesh)].targetNames;
    auto& w = average.weights[static_cast<size_t>(skin.node)];
    for (size_t t = 0; t < names.size() && t < w.size(); ++t)
      if (names[t] == "lean" || names[t] == "heavy") w[t] = 0.0f;
  }
  PosedMesh mesh = posedMesh(model, average, skin);
  const TriangleBvh surface(std::move(mesh.positions), std::move(mesh.corners));
  // Onto the skin in front: the first surface met coming back from well in front.
  auto onSkin = [&](const glm::vec3& p) {
    const glm::vec3 from(p.x, p.y, p.z + 300.0f);
    const auto t = surface.intersect(from, glm::vec3(0, 0, -1), 600.0f);
    return t ? from + glm::vec3(0, 0, -*t) : p;
  };
  glm::vec3 at = onSkin(glm::vec3(pose.world[static_cast<size_t>(asis.node)][3]) * kMm);
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

glm::vec3 probeDirection(const ProbeAim& aim) {
  const float turn = glm::radians(aim.towardSpineDeg), tilt = glm::radians(aim.tiltDeg);
  const float medial = aim.side == 0 ? -1.0f : 1.0f;  // the left side lies at +X
  const glm::vec3 turned(medial * std::sin(turn), 0.0f, -std::cos(turn));
  return glm::normalize(turned * std::cos(tilt) + glm::vec3(0.0f, std::sin(tilt), 0.0f));
}

ProbeReading readProbe(const Model& model, const Pose& pose, const StructureIndex& index,
                       const ProbeAim& aim) {
  ProbeReading r;
  r.pointMm = aim.pointMm ? *aim.pointMm : palpationPoint(model, pose, index, aim.side);
  r.direction = probeDirection(aim);
  const auto [u, v] = across(r.direction);
  std::vector<glm::vec3> starts = {r.pointMm - r.direction * kBackMm};
  for (int k = 0; k < kRing; ++k) {
    const float a = 6.2831853f * static_cast<float>(k) / kRing;
    const glm::vec3 off = (u * std::cos(a) + v * std::sin(a)) * kProbeRadiusMm;
    starts.push_back(starts[0] + off);
    if (k % 2 == 0) starts.push_back(starts[0] + off * 0.5f);
  }
  const float length = kBackMm + kProbeReachMm;
  const glm::vec3 axisEnd = starts[0] + r.direction * length;
  // Each structure's depths along each ray, paired into spans (in, out).
  struct Span {
    float in, out;
    bool edge;
  };
  std::map<std::string, Span> spans;
  std::map<std::string, PosedMesh> near;  // arteries and nerves, for their distance
  float skinAt = -1.0f;                   // where the axis enters the skin
  for (const Structure& s : index.structures) {
    if (s.node < 0 || s.layer == "attachments" || s.layer == "landmarks") continue;
    PosedMesh mesh = posedMesh(model, pose, s);
    if (mesh.corners.empty()) continue;
    std::vector<std::vector<float>> hits(starts.size());
    for (size_t t = 0; t + 2 < mesh.corners.size(); t += 3) {
      const glm::vec3 a = mesh.positions[mesh.corners[t]], b = mesh.positions[mesh.corners[t + 1]],
                      c = mesh.positions[mesh.corners[t + 2]];
      const glm::vec3 centre = (a + b + c) / 3.0f;
      const float size =
          std::max({glm::distance(a, centre), glm::distance(b, centre), glm::distance(c, centre)});
      if (segmentDistance(centre, starts[0], axisEnd) > kProbeRadiusMm + size) continue;
      for (size_t k = 0; k < starts.size(); ++k)
        if (const auto hit = rayTriangle(starts[k], r.direction, a, b, c); hit && *hit < length)
          hits[k].push_back(*hit);
    }
    // Where the axis crosses it; what only the probe's edge crosses, where that edge does (the
    // mean of the rays that meet it).
    Span span{0.0f, 0.0f, false};
    int rays = 0;
    for (size_t k = 0; k < hits.size(); ++k) {
      auto& h = hits[k];
      if (h.empty()) continue;
      std::sort(h.begin(), h.end());
      if (s.id == "skin") {  // the body's surface: where the axis enters it next to the point
        if (k != 0) break;
        for (size_t i = 0; i < h.size(); i += 2)
          if (h[i] <= kBackMm + kOutsideMm) skinAt = h[i];
        if (skinAt >= 0.0f) span.in = span.out = skinAt, rays = 1;
        break;
      }
      span.in += h.front(), span.out += h.size() % 2 == 0 ? h.back() : length, ++rays;
      if (k == 0) break;
    }
    if (rays > 0)
      spans[s.id] = {span.in / static_cast<float>(rays), span.out / static_cast<float>(rays),
                     hits[0].empty()};
    if (s.kind == "artery" || s.kind == "nerve") near[s.id] = std::move(mesh);
  }
  r.onSkin = skinAt >= 0.0f;
  if (!r.onSkin) return r;
  // The probe stops at bone.
  float stop = length;
  for (const auto& [id, span] : spans) {
    const Structure* s = named(index, id);
    if (s && s->layer == "bones" && span.out > skinAt) stop = std::min(stop, span.in);
  }
  for (const auto& [id, span] : spans) {
    if (span.in > stop || (id != "skin" && span.out <= skinAt)) continue;  // from the skin down
    const Structure* s = named(index, id);
    const bool bone = s && s->layer == "bones";
    r.crossings.push_back(
        {id, span.in - skinAt, (bone ? span.in : std::min(span.out, stop)) - skinAt, span.edge});
  }
  std::sort(r.crossings.begin(), r.crossings.end(), [](const auto& a, const auto& b) {
    return a.entryMm < b.entryMm || (a.entryMm == b.entryMm && a.structure < b.structure);
  });
  for (const ProbeCrossing& c : r.crossings) {
    const Structure* s = named(index, c.structure);
    if (s && s->layer == "muscles" && r.firstMuscle.empty())
      r.firstMuscle = c.structure, r.firstMuscleDepthMm = c.entryMm;
    if (isGut(c.structure)) r.gutCrossed.push_back(c.structure);
  }
  // The named gaps: the fat under the skin, the space behind the abdominal wall.
  // What the axis meets nothing in: under the skin the fat, behind the wall the space the model
  // leaves empty.
  std::vector<ProbeCrossing> gaps;
  float covered = 0.0f;
  std::string coveredBy = "skin";
  for (const ProbeCrossing& c : r.crossings) {
    if (c.edge || c.structure == "skin") continue;
    const Structure* by = named(index, coveredBy);
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
  const glm::vec3 top = starts[0] + r.direction * skinAt,
                  bottom = top + r.direction * std::max(pressed, 0.0f);
  for (const auto& [id, mesh] : near) {
    float d = 1e9f;
    for (const auto& p : mesh.positions) d = std::min(d, cylinderDistance(p, top, bottom));
    r.distancesMm.push_back({id, d});
    if (d > kProbeWarningMm) continue;
    const Structure* s = named(index, id);
    if (s->kind == "artery") r.arteriesNear.push_back(id);
    if (id.rfind("lateral_femoral_cutaneous_nerve", 0) == 0) r.nervesNear.push_back(id);
  }
  return r;
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
