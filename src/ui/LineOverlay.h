// Draws the muscles' lines of action (what the lengths are measured along) over the 3D view:
// origin, the turn over the brim and the wrap round the femoral head, to the insertion.
#pragma once
#include <string>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "anim/MuscleLines.h"
#include "scene/OrbitCamera.h"

struct ImDrawList;

namespace pe {
// The colour a muscle is drawn with in plots and lines (Okabe and Ito's palette), RGBA 0..255.
unsigned muscleColour(const std::string& muscle);

// Window positions of world points for the camera; points behind the camera are left out.
std::vector<glm::vec2> projectToWindow(const std::vector<glm::vec3>& points, const OrbitCamera& camera,
                                       glm::vec2 viewport);

void drawLinesOfAction(ImDrawList* drawList, const MuscleMeter& meter, const Pose& pose, const OrbitCamera& camera,
                       glm::vec2 viewport);
}  // namespace pe
