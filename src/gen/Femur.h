// The femurs: head, neck (neck-shaft angle and anteversion), greater and lesser trochanters,
// intertrochanteric line and crest, the bowed shaft and the condyles. Each femur's node sits at
// its hip joint centre, so flexing the hip is a rotation of that node.
#pragma once
#include <string>
#include <vector>

#include "gen/MeasurementTable.h"
#include "gen/Part.h"

namespace pe::gen {
// The hip joint centre of a side ("left" or "right"): where the femur turns.
glm::vec3 hipCentre(const MeasurementTable& m, const std::string& side);

void addFemurs(const MeasurementTable& m, std::vector<Part>& parts, std::vector<Landmark>& marks);
}  // namespace pe::gen
