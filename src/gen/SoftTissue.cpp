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

}  // namespace pe::gen
