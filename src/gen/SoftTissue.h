// The 12th ribs (posterior half and more), the inguinal ligaments and the linea alba.
#pragma once
#include <vector>

#include "gen/MeasurementTable.h"
#include "gen/Part.h"

namespace pe::gen {
void addRibs(const MeasurementTable& m, std::vector<Part>& parts);
void addInguinalLigaments(const MeasurementTable& m, std::vector<Part>& parts);
// The linea alba: the midline seam of the abdominal wall's aponeuroses, pubis to xiphoid.
void addLineaAlba(const MeasurementTable& m, std::vector<Part>& parts);
}  // namespace pe::gen
