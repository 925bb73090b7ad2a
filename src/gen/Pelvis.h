// The bony pelvis: both hip bones (ilium, ischium, pubis around the acetabulum), the sacrum
// and the coccyx. The right hip bone is the mirror image of the left across the midsagittal
// plane.
#pragma once
#include <functional>
#include <vector>

#include "gen/MeasurementTable.h"
#include "gen/Part.h"

namespace pe::gen {
// The mid-surface of the left ilium and its half-thickness over u (posterior 0 to anterior 1)
// and v (above the acetabulum 0 to the crest 1).
struct IliumSurface {
  std::function<glm::vec3(float, float)> mid;
  std::function<float(float, float)> radius;
};
IliumSurface leftIlium(const MeasurementTable& m);

void addPelvis(const MeasurementTable& m, std::vector<Part>& parts, std::vector<Landmark>& marks);

// The left-side point mirrored to `side` ("left" keeps it).
glm::vec3 onSide(const glm::vec3& left, const std::string& side);
}  // namespace pe::gen
