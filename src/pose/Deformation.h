// Skinning and morph targets evaluated on the CPU: the reference the GPU path is tested against.
#pragma once
#include <vector>

#include "scene/Pose.h"

namespace pe {
// The combined transform of each joint: world(joint) * inverseBind(joint). Skinned vertices
// land in world space, so the skinned mesh node's own transform is not applied (glTF spec).
std::vector<glm::mat4> jointMatrices(const Skin& skin, const Pose& pose);

// Skinned positions, what the vertex shader computes.
std::vector<glm::vec3> skinPositions(const Primitive& primitive,
                                     const std::vector<glm::vec3>& positions,
                                     const std::vector<glm::mat4>& joints);

// Base positions/normals with morph target deltas added with the given weights.
void applyMorphTargets(const Primitive& primitive, const std::vector<float>& weights,
                       std::vector<glm::vec3>& positions, std::vector<glm::vec3>& normals);

// A primitive of a node's mesh where it is drawn (world space): its morph targets at the
// pose's weights, then its skin, or else the node's world transform.
std::vector<glm::vec3> posedPositions(const Model& model, const Pose& pose, int node,
                                      const Primitive& primitive);
}  // namespace pe
