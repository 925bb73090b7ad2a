// The nerves of the lumbar plexus around the psoas (issue 11): femoral, lateral femoral
// cutaneous, genitofemoral, obturator, iliohypogastric and ilioinguinal, each a thin tube along
// its course from the measurement table (left side; the right is its mirror image). The ones
// that enter the thigh under the inguinal ligament follow the femur beyond it.
#pragma once
#include <vector>

#include "gen/MeasurementTable.h"
#include "gen/Part.h"

namespace pe::gen {
void addNerves(const MeasurementTable& m, std::vector<Part>& parts);
}  // namespace pe::gen
