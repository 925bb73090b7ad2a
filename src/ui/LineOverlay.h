// Draws the muscles' lines of action (what the lengths are measured along) over the 3D view:
// origin, the turn over the brim and the wrap round the femoral head, to the insertion.
#pragma once
#include <string>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "geometry/MuscleLines.h"
#include "scene/OrbitCamera.h"

struct ImDrawList;

namespace pe {
void drawLinesOfAction(ImDrawList* drawList, const MuscleMeter& meter, const Pose& pose,
                       const OrbitCamera& camera, glm::vec2 viewport);
}  // namespace pe
