#include "anim/RayPick.h"

#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>

#include "anim/Deformation.h"

namespace pe {
namespace {
bool rayHitsBox(const Bounds& b, const glm::vec3& o, const glm::vec3& d, float maxT) {
  float t0 = 0.0f, t1 = maxT;
  for (int a = 0; a < 3; ++a) {
    if (std::abs(d[a]) < 1e-12f) {
      if (o[a] < b.min[a] || o[a] > b.max[a]) return false;
      continue;
    }
    float inv = 1.0f / d[a];
    float near = (b.min[a] - o[a]) * inv, far = (b.max[a] - o[a]) * inv;
    if (near > far) std::swap(near, far);
    t0 = std::max(t0, near);
    t1 = std::min(t1, far);
    if (t0 > t1) return false;
  }
  return true;
}

// Möller-Trumbore; both faces count, as a viewer shows double-sided and single-sided alike.
std::optional<float> rayTriangle(const glm::vec3& o, const glm::vec3& d, const glm::vec3& a,
                                 const glm::vec3& b, const glm::vec3& c) {
  const glm::vec3 e1 = b - a, e2 = c - a;
  const glm::vec3 p = glm::cross(d, e2);
  const float det = glm::dot(e1, p);
  if (std::abs(det) < 1e-12f) return std::nullopt;
  const float inv = 1.0f / det;
  const glm::vec3 s = o - a;
  const float u = glm::dot(s, p) * inv;
  if (u < 0.0f || u > 1.0f) return std::nullopt;
  const glm::vec3 q = glm::cross(s, e1);
  const float v = glm::dot(d, q) * inv;
  if (v < 0.0f || u + v > 1.0f) return std::nullopt;
  const float t = glm::dot(e2, q) * inv;
  return t > 0.0f ? std::optional<float>(t) : std::nullopt;
}

}  // namespace

std::optional<RayHit> pickRay(const Model& model, const Pose& pose, int scene,
                              const glm::vec3& origin, const glm::vec3& direction,
                              const std::vector<NodeAppearance>* appearance) {
  const glm::vec3 d = glm::normalize(direction);
  std::optional<RayHit> best;
  std::vector<glm::vec3> positions, normals;
  for (int n : sceneNodes(model, scene)) {
    const Node& node = model.nodes[n];
    if (node.mesh < 0) continue;
    if (appearance && n < static_cast<int>(appearance->size()) &&
        (!(*appearance)[n].visible || (*appearance)[n].opacity < kPickableOpacity))
      continue;
    const auto& prims = model.meshes[node.mesh].primitives;
    for (size_t pi = 0; pi < prims.size(); ++pi) {
      const Primitive& prim = prims[pi];
      const bool skinned = node.skin >= 0 && prim.skinned();
      const float maxT = best ? best->distance : 1e30f;
      if (!skinned && !rayHitsBox(prim.bounds.transformed(pose.world[n]), origin, d, maxT))
        continue;
      applyMorphTargets(prim, pose.weights[n], positions, normals);
      if (skinned)
        positions = skinPositions(prim, positions, jointMatrices(model.skins[node.skin], pose));
      else
        for (glm::vec3& p : positions) p = glm::vec3(pose.world[n] * glm::vec4(p, 1.0f));
      const std::vector<uint32_t> tris = prim.triangleCorners();
      for (size_t t = 0; t + 2 < tris.size(); t += 3) {
        auto hit = rayTriangle(origin, d, positions[tris[t]], positions[tris[t + 1]],
                               positions[tris[t + 2]]);
        if (hit && (!best || *hit < best->distance))
          best = RayHit{n, static_cast<int>(pi), *hit, origin + d * *hit};
      }
    }
  }
  return best;
}
}  // namespace pe
