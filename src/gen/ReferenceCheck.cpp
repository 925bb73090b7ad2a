#include "gen/ReferenceCheck.h"

#include <algorithm>

namespace pe::gen {
namespace {
// Where the model's origin lies in the reference's own frame: its midsagittal plane (between
// the hip centres, x = -0.65) at the height and depth of its mid-ASIS point (landmarks.md).
const glm::vec3 kReferenceOrigin(-0.65f, -152.25f, 902.5f);
}  // namespace

const std::vector<ReferenceTarget>& referenceTargets() {
  auto one = [](const std::string& id, const std::string& file, double limit, bool crop = false) {
    return ReferenceTarget{id, {id}, {file}, limit, crop};
  };
  auto pair = [&](std::vector<ReferenceTarget>& out, const std::string& id, const char* left,
                  const char* right, double limit, bool crop) {
    out.push_back(one(id + "_left", left, limit, crop));
    out.push_back(one(id + "_right", right, limit, crop));
  };
  static const std::vector<ReferenceTarget> targets = [&] {
    std::vector<ReferenceTarget> t = {
        one("vertebra_t12", "FMA10081.stl", 2.5),  one("vertebra_l1", "FMA13072.stl", 2.5),
        one("vertebra_l2", "FMA13073.stl", 2.5),   one("vertebra_l3", "FMA13074.stl", 2.5),
        one("vertebra_l4", "FMA13075.stl", 2.5),   one("vertebra_l5", "FMA13076.stl", 2.5),
        one("femur_left", "FMA24475.stl", 2.5),    one("femur_right", "FMA24474.stl", 2.5),
        one("hip_bone_left", "FMA16587.stl", 4.0), one("hip_bone_right", "FMA16586.stl", 4.0),
        one("sacrum", "FMA16202.stl", 4.0)};
    pair(t, "psoas_major", "FMA22343.stl", "FMA22342.stl", 4.0, false);
    pair(t, "iliacus", "FMA22323.stl", "FMA22322.stl", 4.0, false);
    pair(t, "quadratus_lumborum", "FMA22349.stl", "FMA22348.stl", 3.0, false);
    // Issue 11: the body around the psoas.
    t.push_back(one("abdominal_aorta", "FMA3784.stl", 4.0, true));
    t.push_back(one("inferior_vena_cava", "FMA10951.stl", 4.0, true));
    pair(t, "common_iliac_artery", "FMA14766.stl", "FMA14765.stl", 4.0, true);
    pair(t, "external_iliac_artery", "FMA18807.stl", "FMA18806.stl", 4.0, true);
    pair(t, "internal_iliac_artery", "FMA18810.stl", "FMA18809.stl", 4.0, true);
    pair(t, "common_iliac_vein", "FMA21388.stl", "FMA21387.stl", 4.0, true);
    pair(t, "external_iliac_vein", "FMA18886.stl", "FMA18885.stl", 4.0, true);
    pair(t, "kidney", "FMA7205.stl", "FMA7204.stl", 5.0, true);
    pair(t, "ureter", "FMA15572.stl", "FMA15571.stl", 8.0, true);
    t.push_back(one("linea_alba", "FMA11336.stl", 5.0, true));
    t.push_back(one("bladder", "FMA15900.stl", 6.0, true));
    t.push_back(
        {"colon (5 segments)",
         {"caecum", "ascending_colon", "transverse_colon", "descending_colon", "sigmoid_colon"},
         {"FMA14543.stl"},
         8.0,
         true});
    t.push_back(one("appendix", "FMA14542.stl", 8.0, true));
    t.push_back(
        {"small_intestine", {"small_intestine"}, {"FMA7207.stl", "FMA7208.stl"}, 10.0, true});
    return t;
  }();
  return targets;
}

TriangleMesh cropToHeightOf(const TriangleMesh& reference, const TriangleMesh& generated) {
  float lo = 1e30f, hi = -1e30f;
  for (const auto& c : generated.corners) lo = std::min(lo, c.y), hi = std::max(hi, c.y);
  TriangleMesh out;
  for (size_t i = 0; i + 2 < reference.corners.size(); i += 3) {
    const float y =
        (reference.corners[i].y + reference.corners[i + 1].y + reference.corners[i + 2].y) / 3.0f;
    if (y < lo || y > hi) continue;
    out.corners.insert(out.corners.end(), reference.corners.begin() + static_cast<long>(i),
                       reference.corners.begin() + static_cast<long>(i) + 3);
  }
  return out;
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
