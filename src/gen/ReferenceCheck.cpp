#include "gen/ReferenceCheck.h"

namespace pe::gen {
namespace {
// Where the model's origin lies in the reference's own frame: its midsagittal plane (between
// the hip centres, x = -0.65) at the height and depth of its mid-ASIS point (landmarks.md).
const glm::vec3 kReferenceOrigin(-0.65f, -152.25f, 902.5f);
}  // namespace

const std::vector<ReferenceTarget>& referenceTargets() {
  static const std::vector<ReferenceTarget> targets = {
      {"vertebra_t12", "FMA10081.stl", 2.5},
      {"vertebra_l1", "FMA13072.stl", 2.5},
      {"vertebra_l2", "FMA13073.stl", 2.5},
      {"vertebra_l3", "FMA13074.stl", 2.5},
      {"vertebra_l4", "FMA13075.stl", 2.5},
      {"vertebra_l5", "FMA13076.stl", 2.5},
      {"femur_left", "FMA24475.stl", 2.5},
      {"femur_right", "FMA24474.stl", 2.5},
      {"hip_bone_left", "FMA16587.stl", 4.0},
      {"hip_bone_right", "FMA16586.stl", 4.0},
      {"sacrum", "FMA16202.stl", 4.0},
      {"psoas_major_left", "FMA22343.stl", 4.0},
      {"psoas_major_right", "FMA22342.stl", 4.0},
      {"iliacus_left", "FMA22323.stl", 4.0},
      {"iliacus_right", "FMA22322.stl", 4.0},
      {"quadratus_lumborum_left", "FMA22349.stl", 3.0},
      {"quadratus_lumborum_right", "FMA22348.stl", 3.0}};
  return targets;
}

glm::vec3 referencePointToModelFrame(const glm::vec3& p) {
  const glm::vec3 q = p - kReferenceOrigin;
  return glm::vec3(q.x, q.z, -q.y);
}

TriangleMesh referenceToModelFrame(const TriangleMesh& stlMesh) {
  TriangleMesh out;
  out.corners.reserve(stlMesh.corners.size());
  for (const auto& c : stlMesh.corners) out.corners.push_back(referencePointToModelFrame(c));
  return out;
}
}  // namespace pe::gen
