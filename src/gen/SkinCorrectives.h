// Pose-space corrections of the skin (issue 11). The hinge weights (SkinRig) blend the femur,
// the brim pulley and the trunk linearly, and past about 70 degrees of flexion that lets the
// femur's neck and shaft come through the groin and stretches the skin next to the perineum
// beyond 2.5 times. At key angles of each hip alone the generator poses the skin, corrects it
// there (out of bone and of the muscles, no edge longer than kSkinStretchLimit times its rest
// length) and keeps the difference, taken back through each vertex's own skinning to the rest
// pose, as a morph target named "flexion_<side>_<degrees>". Skin caught by the femur turns
// further with it round the hip's axis (not along the chord, which cuts through the hip), and
// skin further along the blend towards the thigh turns at least as far, so the groin keeps its
// order as it folds. The clips and the hip rig weigh each target with its hip's angle: 1 at its
// key, falling linearly to 0 at the neighbouring keys (the first from half its key; the last
// staying 1 beyond, should a hip go past it). With keys at 60, 90, 105 and 120 degrees the skin
// holds the bounds over the whole range (tests/model/SkinFlexionTest.cpp); the key at 105
// keeps the femur's neck out of the groin between 90 and 120, where one blend of those two keys
// left up to 0.4% of the skin in it.
#pragma once
#include <array>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <glm/mat3x3.hpp>

#include "gen/Part.h"
#include "gen/SkinWeights.h"
#include "gen/SurfaceMesher.h"

namespace pe::gen {
// How the skeleton turns for hip flexion: each femur by its hip's angle about +X through the hip
// centre, each brim pulley by a fraction of it about the iliopubic eminence; the trunk stays.
class HipPoser {
 public:
  HipPoser(std::vector<std::string> joints, std::map<std::string, glm::vec3> origin,
           float brimFraction)
      : joints_(std::move(joints)), origin_(std::move(origin)), brimFraction_(brimFraction) {}
  // The rotation of a joint (by id) for the hips' angles in degrees, [0] left, [1] right.
  glm::mat3 turn(const std::string& joint, const std::array<float, 2>& degrees) const;
  // A rest point (mm) of a vertex with these weights, skinned to the hips' angles.
  glm::vec3 pose(const VertexWeights& w, const glm::vec3& at,
                 const std::array<float, 2>& degrees) const;
  // The inverse: the rest point that `pose` takes to `posed`.
  glm::vec3 unpose(const VertexWeights& w, const glm::vec3& posed,
                   const std::array<float, 2>& degrees) const;
  const glm::vec3& origin(const std::string& joint) const { return origin_.at(joint); }
  const std::string& joint(int index) const { return joints_[static_cast<size_t>(index)]; }
  float brimFraction() const { return brimFraction_; }

 private:
  std::vector<std::string> joints_;
  std::map<std::string, glm::vec3> origin_;
  float brimFraction_;
};

// A skinned muscle the skin must stay out of: its rest mesh (mm), weights and bulge target
// (mm, weighed 0 standing to 1 at 120 degrees of its side's hip).
struct SkinnedSolid {
  std::string side;
  std::vector<glm::vec3> positions, normals, bulge;
  std::vector<VertexWeights> weights;
};

constexpr float kSkinStretchLimit = 2.0f;  // the relaxed skin's longest edge over its rest length
constexpr std::array<float, 4> kSkinCorrectiveKeys = {60.0f, 90.0f, 105.0f, 120.0f};  // degrees

// The weight of key `k` (an index into kSkinCorrectiveKeys) at a hip angle in degrees.
float skinCorrectiveWeight(size_t k, float degrees);

// The clips' hip angle in degrees at a time in seconds: 0 -> 120 -> 0 over four seconds.
float clipFlexionDegrees(float seconds);
// Key times for the skin's weights in a clip: `times` and the moments the angle passes the
// weights' corners (each key and the first's half), where a linear sampler must have a key.
std::vector<float> skinCorrectiveTimes(const std::vector<float>& times);
// The skin's weights at each time: `builds` zeros (its other targets), then each side's keys,
// weighed with the angle on the sides the clip moves.
std::vector<float> skinCorrectiveWeights(const std::vector<float>& times, int builds,
                                         const std::array<bool, 2>& sides);

// The morph targets, left keys then right, each the rest-frame displacement (mm) of every skin
// vertex. The skin stays out of `bones` and `muscles`.
std::vector<std::pair<std::string, std::vector<glm::vec3>>> skinCorrectives(
    const GenMesh& skin, const std::vector<VertexWeights>& weights, const HipPoser& poser,
    const std::vector<const Part*>& bones, const std::vector<SkinnedSolid>& muscles);
}  // namespace pe::gen
