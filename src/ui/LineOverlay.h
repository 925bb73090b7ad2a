// Lines over the 3D view: the muscles' lines of action (what the lengths are measured along:
// origin, the turn over the brim and the wrap round the femoral head, to the insertion), and the
// guided palpation's marks (the ASIS, the navel's level, the fingertip, the probe's arrow).
#pragma once
#include <string>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "geometry/MuscleLines.h"
#include "geometry/PalpationProbe.h"
#include "scene/OrbitCamera.h"
#include "ui/ViewerState.h"

struct ImDrawList;

namespace pe {
void drawLinesOfAction(ImDrawList* drawList, const MuscleMeter& meter, const Pose& pose,
                       const OrbitCamera& camera, glm::vec2 viewport);
// The fingertip (15 mm across) where the probe meets the skin, and an arrow along it down to the
// first muscle it reaches (or 60 mm; `press` of that depth, for the breathing of a hold).
// Returns where the fingertip is drawn (window pixels), or (-1, -1).
glm::vec2 drawProbe(ImDrawList* drawList, const ProbeReading& reading, const OrbitCamera& camera,
                    glm::vec2 viewport, float press = 1.0f);
// The marks of the guided palpation's step over the view: the ASIS on the skin, the level of the
// navel and how far below it the point lies, the 2.5 cm from the ASIS to the point, the probe,
// and the muscle's point under the finger moving as the foot lifts. `seconds` paces the
// breathing of the static release's hold. Returns where the fingertip is drawn, or (-1, -1).
glm::vec2 drawPalpationMarks(ImDrawList* drawList, const PalpationState& palpation,
                             const OrbitCamera& camera, glm::vec2 viewport, double seconds);
}  // namespace pe
