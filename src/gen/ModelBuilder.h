// Builds the whole model from the measurement table: meshes every structure, cuts the
// attachment footprints, lays out the node tree (bones, landmarks, joints), skins the muscles
// and the skin, adds the hip flexion clips, and returns the .glb bytes.
#pragma once
#include <string>

#include "gen/MeasurementTable.h"

namespace pe::gen {
struct BuildReport {
  size_t triangles = 0, structures = 0, landmarks = 0;
};

std::string buildModelGlb(const MeasurementTable& table, BuildReport* report = nullptr);
}  // namespace pe::gen
