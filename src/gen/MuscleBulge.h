// The belly of a muscle that shortens over the hip thickens as it shortens, since muscle keeps
// its volume: a morph target (the "bulge") that the hip_flexion clips and the hip rig weigh
// from 0 standing to 1 at 120 degrees. Skinning alone loses up to 16% of the iliacus' volume.
#pragma once
#include <cstdint>
#include <functional>
#include <vector>

#include <glm/vec3.hpp>

#include "gen/Part.h"

namespace pe::gen {
// How far from bone a displaced vertex must stay, in the pose it is checked in.
constexpr float kBulgeClearanceMm = 1.5f;

// Per vertex, the displacement (mm) away from the muscle's path in its shortening part (about
// the brim down to near the insertion), `muscle.bulge` times the distance from the path at
// most. `inBone(vertex, point, degrees)` says whether a point of that vertex, skinned to the
// given hip flexion, lies in a bone; the bulge is cut in eighths until it does not at 30, 60,
// 90 and 120 degrees (where it weighs a quarter, half, three quarters and all). The share then
// varies smoothly over the mesh (its triangle `indices`), so that no triangle folds where bone
// holds some vertices back.
std::vector<glm::vec3> muscleBulge(
    const Part& muscle, const std::vector<glm::vec3>& positions,
    const std::vector<uint32_t>& indices,
    const std::function<bool(size_t, const glm::vec3&, float)>& inBone);
}  // namespace pe::gen
