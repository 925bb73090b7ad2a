#include "gen/SoftTissue.h"

#include "gen/Muscles.h"
#include "gen/Vessels.h"

namespace pe::gen {
namespace {
// A paired structure swept along its left-side path, moved to `side`.
Part sweepPart(Part part, const std::vector<SweepSection>& left, const glm::vec3& widthHint) {
  auto sweep = std::make_shared<Sweep>(sectionsOnSide(left, part.side), widthHint);
  part.shape.field = [sweep](const glm::vec3& p) { return sweep->distance(p); };
  part.shape.bounds = sweep->bounds();
  return part;
}
}  // namespace

void addRibs(const MeasurementTable& m, std::vector<Part>& parts) {
  const auto left = sweepSections(m, "rib_12", 7);
  for (const std::string side : {"left", "right"}) {
    Part part = sweepPart(makePart("rib_12_" + side, side, "bones", "bone", "vertebra_t12", "bone"),
                          left, glm::vec3(0, 1, 0));
    part.meshing.voxel = 0.6f;
    part.meshing.targetTriangles = 5000;
    parts.push_back(std::move(part));
  }
}

void addInguinalLigaments(const MeasurementTable& m, std::vector<Part>& parts) {
  const auto left = sweepSections(m, "inguinal_ligament", 5);
  for (const std::string side : {"left", "right"}) {
    Part part = sweepPart(makePart("inguinal_ligament_" + side, side, "ligaments", "ligament",
                                   "hip_bone_" + side, "ligament"),
                          left, glm::vec3(0, 0, 1));
    part.meshing.voxel = 0.5f;
    part.meshing.targetTriangles = 3000;
    parts.push_back(std::move(part));
  }
}

void addLineaAlba(const MeasurementTable& m, std::vector<Part>& parts) {
  Part part =
      tubePart(makePart("linea_alba", "midline", "abdominal_wall", "aponeurosis", "", "ligament"),
               tableSections(m, "linea_alba"), 1.0f, 2500);
  part.extras["start_hidden"] = "true";  // the abdominal wall covers the psoas from the front
  parts.push_back(std::move(part));
}

void addSkin(const MeasurementTable& m, std::vector<Part>& parts, std::vector<Landmark>& marks) {
  const glm::vec3 torso = m.point("skin.torso.centre");
  const glm::vec3 torsoHalf = 0.5f * m.point("skin.torso.size");
  const glm::vec3 thighTop = m.point("skin.thigh.top"), thighBottom = m.point("skin.thigh.bottom");
  const glm::vec2 thighRadii = 0.5f * m.size("skin.thigh.diameters");
  const glm::vec3 umbilicus = m.point("skin.umbilicus");
  const float blend = static_cast<float>(m.mm("skin.groin.blend"));
  Part part = makePart("skin", "midline", "skin", "skin", "", "skin");
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
      d = smoothUnion(d,
                      sdRoundCone(p, glm::vec3(s * thighTop.x, thighTop.y, thighTop.z),
                                  glm::vec3(s * thighBottom.x, thighBottom.y, thighBottom.z),
                                  thighRadii.x, thighRadii.y),
                      blend);
    // The umbilicus: a small pit in the front of the abdomen.
    return smoothSubtract(d, sdEllipsoid(p, umbilicus, id, glm::vec3(6.0f, 8.0f, 7.0f)), 4.0f);
  };
  part.meshing.voxel =
      7.0f;  // fine enough with normals from the field; no simplification (it folds this shape)
  part.meshing.targetTriangles = 0;
  parts.push_back(std::move(part));
  marks.push_back({"umbilicus", "midline", "skin", umbilicus});
}
}  // namespace pe::gen
