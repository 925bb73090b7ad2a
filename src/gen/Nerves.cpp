#include "gen/Nerves.h"

#include "gen/Vessels.h"

namespace pe::gen {
void addNerves(const MeasurementTable& m, std::vector<Part>& parts) {
  struct Nerve {
    const char* id;
    int underLigament;  // index of the point under the inguinal ligament; -1: stays in the trunk
  };
  const Nerve nerves[] = {{"femoral_nerve", 6},          {"lateral_femoral_cutaneous_nerve", 4},
                          {"genitofemoral_nerve", -1},   {"obturator_nerve", -1},
                          {"iliohypogastric_nerve", -1}, {"ilioinguinal_nerve", -1}};
  for (const Nerve& nerve : nerves) {
    const auto left = tableSections(m, nerve.id);
    for (const std::string side : {"left", "right"}) {
      const auto sections = sectionsOnSide(left, side);
      Part part = tubePart(
          makePart(std::string(nerve.id) + "_" + side, side, "nerves", "nerve", "", "nerve"),
          sections, 0.5f, 1200);
      if (nerve.underLigament >= 0) {
        part.path = std::make_shared<Sweep>(sections, glm::vec3(1, 0, 0));
        part.brimT =
            part.path->parameter(sections.at(static_cast<size_t>(nerve.underLigament)).point);
        part.femur = "femur_" + side;
      }
      parts.push_back(std::move(part));
    }
  }
}
}  // namespace pe::gen
