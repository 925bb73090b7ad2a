#include "pose/Deformation.h"

#include <glm/geometric.hpp>

namespace pe {
std::vector<glm::mat4> jointMatrices(const Skin& skin, const Pose& pose) {
  std::vector<glm::mat4> out(skin.joints.size());
  for (size_t j = 0; j < skin.joints.size(); ++j)
    out[j] = pose.world[skin.joints[j]] * skin.inverseBindMatrices[j];
  return out;
}

std::vector<glm::vec3> skinPositions(const Primitive& primitive,
                                     const std::vector<glm::vec3>& positions,
                                     const std::vector<glm::mat4>& joints) {
  std::vector<glm::vec3> out(positions.size());
  for (size_t v = 0; v < out.size(); ++v) {
    glm::mat4 m(0.0f);
    for (int set = 0; set < 2; ++set) {
      if (primitive.joints[set].empty() || primitive.weights[set].empty()) continue;
      const glm::uvec4 j = primitive.joints[set][v];
      const glm::vec4 w = primitive.weights[set][v];
      for (int k = 0; k < 4; ++k)
        if (w[k] != 0.0f && j[k] < joints.size()) m += w[k] * joints[j[k]];
    }
    out[v] = glm::vec3(m * glm::vec4(positions[v], 1.0f));
  }
  return out;
}

void applyMorphTargets(const Primitive& primitive, const std::vector<float>& weights,
                       std::vector<glm::vec3>& positions, std::vector<glm::vec3>& normals) {
  positions = primitive.positions;
  normals = primitive.normals;
  for (size_t t = 0; t < primitive.targets.size() && t < weights.size(); ++t) {
    const float w = weights[t];
    if (w == 0.0f) continue;
    const MorphTarget& target = primitive.targets[t];
    for (size_t v = 0; v < target.positions.size() && v < positions.size(); ++v)
      positions[v] += w * target.positions[v];
    for (size_t v = 0; v < target.normals.size() && v < normals.size(); ++v)
      normals[v] += w * target.normals[v];
  }
  if (!primitive.targets.empty())
    for (glm::vec3& n : normals) {
      float len = glm::length(n);
      if (len > 1e-12f) n /= len;
    }
}

std::vector<glm::vec3> posedPositions(const Model& model, const Pose& pose, int node,
                                      const Primitive& primitive) {
  const Node& n = model.nodes[static_cast<size_t>(node)];
  std::vector<glm::vec3> positions = primitive.positions, normals;
  if (!primitive.targets.empty())
    applyMorphTargets(primitive, pose.weights[static_cast<size_t>(node)], positions, normals);
  if (primitive.skinned() && n.skin >= 0)
    return skinPositions(primitive, positions,
                         jointMatrices(model.skins[static_cast<size_t>(n.skin)], pose));
  const glm::mat4& m = pose.world[static_cast<size_t>(node)];
  for (auto& p : positions) p = glm::vec3(m * glm::vec4(p, 1.0f));
  return positions;
}
}  // namespace pe
