#include "BundledModel.h"

#include <cmath>
#include <stdexcept>

#include <glm/geometric.hpp>

#include "io/GltfFile.h"
#include "pose/AnimationPlayer.h"
#include "pose/Deformation.h"
#include "pose/HipRig.h"

namespace pe::test {
namespace {
constexpr float kMm = 1000.0f;
}

std::string BundledModel::path() {
  return std::string(PE_ASSETS_DIR) + "/lumbopelvic.glb";
}

const BundledModel& BundledModel::get() {
  static const BundledModel instance;
  return instance;
}

BundledModel::BundledModel() : model_(std::make_unique<Model>(loadGltfFile(path()))) {
  index_ = buildStructureIndex(*model_);
  rest_ = restPose(*model_);
}

const Structure& BundledModel::structure(const std::string& id) const {
  const int s = index_.find(id);
  if (s < 0) throw std::runtime_error("no structure '" + id + "' in " + path());
  return index_.structures[s];
}

std::vector<glm::vec3> BundledModel::vertices(const std::string& id, const Pose& pose) const {
  const Node& node = model_->nodes[structure(id).node];
  if (node.mesh < 0) throw std::runtime_error("'" + id + "' has no mesh");
  const Primitive& prim = model_->meshes[node.mesh].primitives.at(0);
  std::vector<glm::vec3> out;
  if (prim.skinned()) {
    // Morph targets (the muscles' bulge) first, then the skin, as the renderer does.
    std::vector<glm::vec3> positions = prim.positions, normals;
    const int n = structure(id).node;
    if (!prim.targets.empty()) applyMorphTargets(prim, pose.weights[n], positions, normals);
    out = skinPositions(prim, positions, jointMatrices(model_->skins.at(node.skin), pose));
  } else {
    const glm::mat4& m = pose.world[structure(id).node];
    for (const auto& p : prim.positions) out.push_back(glm::vec3(m * glm::vec4(p, 1.0f)));
  }
  for (auto& p : out) p *= kMm;
  return out;
}

std::vector<uint32_t> BundledModel::triangles(const std::string& id) const {
  const Node& node = model_->nodes[structure(id).node];
  return model_->meshes[node.mesh].primitives.at(0).triangleCorners();
}

TriangleMesh BundledModel::mesh(const std::string& id, const Pose& pose) const {
  const auto v = vertices(id, pose);
  TriangleMesh t;
  for (uint32_t c : triangles(id)) t.corners.push_back(v[c]);
  return t;
}

glm::vec3 BundledModel::landmark(const std::string& id, const Pose& pose) const {
  return glm::vec3(pose.world[structure(id).node][3]) * kMm;
}

Pose BundledModel::flexed(float degrees) const {
  // The clips run 0 -> 120 -> 0 degrees as 60 (1 - cos(2 pi t / 4)).
  const int clip = model_->findClip("hip_flexion_both");
  if (clip < 0) throw std::runtime_error("no clip hip_flexion_both");
  Pose pose = rest_;
  if (degrees >= 0.0f) {
    const float t = 4.0f / (2.0f * 3.14159265f) * std::acos(1.0f - degrees / 60.0f);
    applyClip(*model_, model_->clips[clip], t, pose);
  } else {
    // Extension is not in the clips: the rig's rule (femurs back, brim pulleys at rest).
    const auto rig = findHipRig(*model_);
    if (!rig) throw std::runtime_error("no hip rig");
    for (int side = 0; side < 2; ++side) applyHipFlexion(*model_, *rig, side, degrees, pose);
  }
  updateWorldTransforms(*model_, pose);
  return pose;
}

Pose BundledModel::hips(float left, float right) const {
  const auto rig = findHipRig(*model_);
  if (!rig) throw std::runtime_error("no hip rig");
  Pose pose = rest_;
  applyHipFlexion(*model_, *rig, 0, left, pose);
  applyHipFlexion(*model_, *rig, 1, right, pose);
  updateWorldTransforms(*model_, pose);
  return pose;
}

bool insideClosedMesh(const TriangleBvh& tree, const glm::vec3& p) {
  const glm::vec3 dir = glm::normalize(glm::vec3(0.5377f, 0.6231f, 0.5680f));
  glm::vec3 o = p;
  int crossings = 0;
  for (int i = 0; i < 64; ++i) {
    const auto t = tree.intersect(o, dir, 2000.0f);
    if (!t) break;
    ++crossings;
    o += dir * (*t + 1e-3f);
  }
  return crossings % 2 == 1;
}

double enclosedVolume(const std::vector<glm::vec3>& v, const std::vector<uint32_t>& corners) {
  double volume = 0.0;
  for (size_t t = 0; t + 2 < corners.size(); t += 3)
    volume += glm::dot(glm::dvec3(v[corners[t]]),
                       glm::cross(glm::dvec3(v[corners[t + 1]]), glm::dvec3(v[corners[t + 2]]))) /
              6.0;
  return volume;
}
}  // namespace pe::test
