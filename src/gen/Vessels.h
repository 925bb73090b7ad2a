// The great vessels of the lumbopelvic region (issue 11): abdominal aorta and inferior vena
// cava, the common, external and internal iliac arteries and veins on each side, and the
// femoral artery and vein through the femoral triangle. Each is a tube along its centreline
// from the measurement table; the femoral vessels follow the thigh as it moves.
#pragma once
#include <vector>

#include "gen/MeasurementTable.h"
#include "gen/Part.h"

namespace pe::gen {
void addVessels(const MeasurementTable& m, std::vector<Part>& parts);

// The sections NAME.p0, NAME.s0, NAME.p1, ... for as many points as the table has.
std::vector<SweepSection> tableSections(const MeasurementTable& m, const std::string& name);

// A tube along `sections` (already on its side), skinned to the trunk by height.
Part tubePart(Part part, const std::vector<SweepSection>& sections, float voxel, size_t triangles);
}  // namespace pe::gen
