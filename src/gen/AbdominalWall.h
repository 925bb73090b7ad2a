// The muscles of the anterolateral abdominal wall (issue 11): rectus abdominis beside the linea
// alba, and external oblique, internal oblique and transversus abdominis in layers from the
// linea semilunaris round the flank, each laid under the skin below the abdomen's subcutaneous
// fat at its measured thickness, above the inguinal ligament and the iliac crest. Medially the
// external oblique is its aponeurosis, a thin sheet in front of the rectus.
#pragma once
#include <vector>

#include "gen/MeasurementTable.h"
#include "gen/Part.h"

namespace pe::gen {
void addAbdominalWall(const MeasurementTable& m, std::vector<Part>& parts);
}  // namespace pe::gen
