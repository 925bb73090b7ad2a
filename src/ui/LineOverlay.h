// Lines over the 3D view: the muscles' lines of action (what the lengths are measured along:
// origin, the turn over the brim and the wrap round the femoral head, to the insertion), and the
// palpation probe (the fingertip on the skin and the arrow it presses along).
#pragma once
#include <string>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "geometry/MuscleLines.h"
#include "geometry/PalpationProbe.h"
#include "scene/OrbitCamera.h"

struct ImDrawList;

namespace pe {
void drawLinesOfAction(ImDrawList* drawList, const MuscleMeter& meter, const Pose& pose,
                       const OrbitCamera& camera, glm::vec2 viewport);
// The fingertip (15 mm across) where the probe meets the skin, and an arrow along it down to the
// first muscle it reaches (or 60 mm), the first muscle's surface marked.
void drawProbe(ImDrawList* drawList, const ProbeReading& reading, const OrbitCamera& camera,
               glm::vec2 viewport);
}  // namespace pe
