// Every structure of the bundled model, built from the measurement table.
#pragma once
#include <vector>

#include "gen/MeasurementTable.h"
#include "gen/Part.h"

namespace pe::gen {
struct Anatomy {
  std::vector<Part> parts;  // bones first (parents before children), then soft tissue
  std::vector<Landmark> landmarks;
  std::vector<LineOfAction> lines;  // muscles that cross the hip and the psoas minor
};

Anatomy buildAnatomy(const MeasurementTable& table);
}  // namespace pe::gen
