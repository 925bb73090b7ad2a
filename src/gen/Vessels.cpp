#include "gen/Vessels.h"

#include "gen/Muscles.h"

namespace pe::gen {
std::vector<SweepSection> tableSections(const MeasurementTable& m, const std::string& name) {
  int count = 0;
  while (m.all().count(name + ".p" + std::to_string(count))) ++count;
  return sweepSections(m, name, count);
}

Part tubePart(Part part, const std::vector<SweepSection>& sections, float voxel, size_t triangles) {
  auto sweep = std::make_shared<Sweep>(sections, glm::vec3(1, 0, 0));
  part.shape.field = [sweep](const glm::vec3& p) { return sweep->distance(p); };
  part.shape.bounds = sweep->bounds();
  part.meshing.voxel = voxel;
  part.meshing.targetTriangles = triangles;
  part.skinned = true;
  return part;
}

void addVessels(const MeasurementTable& m, std::vector<Part>& parts) {
  parts.push_back(
      tubePart(makePart("abdominal_aorta", "midline", "vessels", "artery", "", "artery"),
               tableSections(m, "abdominal_aorta"), 1.0f, 2500));
  parts.push_back(tubePart(makePart("inferior_vena_cava", "midline", "vessels", "vein", "", "vein"),
                           tableSections(m, "inferior_vena_cava"), 1.0f, 2500));
  for (const std::string side : {"left", "right"}) {
    for (const auto& [name, kind, voxel] : std::vector<std::tuple<std::string, std::string, float>>{
             {"common_iliac_artery", "artery", 0.8f},
             {"external_iliac_artery", "artery", 0.8f},
             {"internal_iliac_artery", "artery", 0.5f},
             {"common_iliac_vein", "vein", 0.8f},
             {"external_iliac_vein", "vein", 0.8f}})
      parts.push_back(tubePart(makePart(name + "_" + side, side, "vessels", kind, "", kind),
                               tableSections(m, name + "." + side), voxel, 1500));
    // Below the inguinal ligament the femoral vessels ride with the thigh: skinned along their
    // path from the trunk to the femur, as the iliopsoas is.
    for (const auto& [name, kind] : std::vector<std::pair<std::string, std::string>>{
             {"femoral_artery", "artery"}, {"femoral_vein", "vein"}}) {
      const auto sections = sectionsOnSide(tableSections(m, name), side);
      Part part = tubePart(makePart(name + "_" + side, side, "vessels", kind, "", kind), sections,
                           0.8f, 1500);
      part.path = std::make_shared<Sweep>(sections, glm::vec3(1, 0, 0));
      part.brimT = 0.06f;  // the first ring stays with the trunk, as the iliac vessel's end does
      part.femur = "femur_" + side;
      parts.push_back(std::move(part));
    }
  }
}
}  // namespace pe::gen
