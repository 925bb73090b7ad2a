// The organs in front of and beside the psoas (issue 11): kidneys, ureters, bladder, the colon
// in its segments (caecum, ascending, transverse, descending, sigmoid), the appendix and the
// small intestine as a mass of loops in its place. Built from the measurement table.
#pragma once
#include <vector>

#include "gen/MeasurementTable.h"
#include "gen/Part.h"

namespace pe::gen {
void addViscera(const MeasurementTable& m, std::vector<Part>& parts);
}  // namespace pe::gen
