#include "gen/SoftTissue.h"

#include "gen/Muscles.h"

namespace pe::gen {
namespace {
std::vector<SweepSection> onSide(std::vector<SweepSection> s, float side) {
  for (auto& x : s) x.point.x *= side;
  return s;
}

Part sweepPart(const std::string& id, const std::string& side, const std::vector<SweepSection>& sections,
               const glm::vec3& widthHint) {
  auto sweep = std::make_shared<Sweep>(sections, widthHint);
  Part part;
  part.id = id + "_" + side;
  part.side = side;
  part.shape.field = [sweep](const glm::vec3& p) { return sweep->distance(p); };
  part.shape.bounds = sweep->bounds();
  return part;
}
}  // namespace

void addRibs(const MeasurementTable& m, std::vector<Part>& parts) {
  const auto left = sweepSections(m, "rib_12", 7);
  for (const std::string side : {"left", "right"}) {
    Part part = sweepPart("rib_12", side, onSide(left, side == "left" ? 1.0f : -1.0f), glm::vec3(0, 1, 0));
    part.layer = "bones";
    part.kind = "bone";
    part.parent = "vertebra_t12";
    part.material = "bone";
    part.meshing.voxel = 0.6f;
    part.meshing.targetTriangles = 5000;
    parts.push_back(std::move(part));
  }
}

void addInguinalLigaments(const MeasurementTable& m, std::vector<Part>& parts) {
  const auto left = sweepSections(m, "inguinal_ligament", 5);
  for (const std::string side : {"left", "right"}) {
    Part part = sweepPart("inguinal_ligament", side, onSide(left, side == "left" ? 1.0f : -1.0f), glm::vec3(0, 0, 1));
    part.layer = "ligaments";
    part.kind = "ligament";
    part.parent = "hip_bone_" + side;
    part.material = "ligament";
    part.meshing.voxel = 0.5f;
    part.meshing.targetTriangles = 3000;
    parts.push_back(std::move(part));
  }
}

void addSkin(const MeasurementTable& m, std::vector<Part>& parts, std::vector<Landmark>& marks) {
  const glm::vec3 torso = m.point("skin.torso.centre");
  const glm::vec3 torsoHalf = 0.5f * m.point("skin.torso.size");
  const glm::vec3 thighTop = m.point("skin.thigh.top"), thighBottom = m.point("skin.thigh.bottom");
  const glm::vec2 thighRadii = 0.5f * m.size("skin.thigh.diameters");
  const glm::vec3 umbilicus = m.point("skin.umbilicus");
  const float blend = static_cast<float>(m.mm("skin.groin.blend"));
  Part part;
  part.id = "skin";
  part.side = "midline";
  part.layer = "skin";
  part.kind = "skin";
  part.material = "skin";
  part.shape.bounds.add(torso - torsoHalf);
  part.shape.bounds.add(torso + torsoHalf);
  for (float s : {-1.0f, 1.0f})
    for (const auto& end : {thighTop, thighBottom}) {
      part.shape.bounds.add(glm::vec3(s * end.x, end.y, end.z) - glm::vec3(thighRadii.x));
      part.shape.bounds.add(glm::vec3(s * end.x, end.y, end.z) + glm::vec3(thighRadii.x));
    }
  part.shape.bounds.pad(0.25f * blend + 4.0f);  // the blend adds up to a quarter of its width
  part.shape.field = [=](const glm::vec3& p) {
    const glm::mat3 id(1.0f);
    float d = sdEllipticCylinder(p, torso, id, torsoHalf.x, torsoHalf.z, torsoHalf.y, 40.0f);
    for (float s : {-1.0f, 1.0f})
      d = smoothUnion(d, sdRoundCone(p, glm::vec3(s * thighTop.x, thighTop.y, thighTop.z),
                                     glm::vec3(s * thighBottom.x, thighBottom.y, thighBottom.z), thighRadii.x, thighRadii.y),
                      blend);
    // The umbilicus: a small pit in the front of the abdomen.
    return smoothSubtract(d, sdEllipsoid(p, umbilicus, id, glm::vec3(6.0f, 8.0f, 7.0f)), 4.0f);
  };
  part.meshing.voxel = 7.0f;  // fine enough with normals from the field; no simplification (it folds this shape)
  part.meshing.targetTriangles = 0;
  parts.push_back(std::move(part));
  marks.push_back({"umbilicus", "midline", "skin", umbilicus});
}
}  // namespace pe::gen
