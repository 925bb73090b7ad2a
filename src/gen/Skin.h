// The skin from the lower ribs to the knees (issue 11): a trunk lofted through measured
// cross-sections, a tapering thigh on each side, the sourced soft tissue over the hip bones
// where they are felt (ASIS, iliac crest, pubis), the groin crease parallel to the inguinal
// ligament and the umbilicus. Its weights (SkinRig: a hinge about each hip's flexion axis) let
// it follow both hips from -20 to 70 degrees within the bounds (tests/model/
// SkinFlexionTest.cpp), and two morph targets give a lean and a heavy build.
#pragma once
#include <utility>
#include <vector>

#include "gen/MeasurementTable.h"
#include "gen/Part.h"
#include "gen/SkinWeights.h"
#include "gen/SurfaceMesher.h"

namespace pe::gen {
// Adds the skin; the hip bones must already be in `parts` (the skin keeps its distance from
// them).
void addSkin(const MeasurementTable& m, std::vector<Part>& parts, std::vector<Landmark>& marks);
// The skin's body before the crease and the umbilicus are carved (negative inside, mm): the
// abdominal wall's layers are laid under it. `open`: without the trunk's top and bottom.
Field skinBody(const MeasurementTable& m, const std::vector<Part>& parts, bool open);

// How the skin follows the hips: around each hip's flexion axis the thigh's sector (from the
// groin crease round the front of the thigh to the gluteal fold) turns with the femur, the rest
// with the trunk, blending over an angle that is narrow at the crease (a hinge) and wide over
// the buttock (which stretches); near the perineum the blend also fades towards the midline.
class SkinRig {
 public:
  SkinRig(const MeasurementTable& m, const SkinWeights& joints);
  std::vector<std::pair<int, float>> weights(const glm::vec3& v) const;

 private:
  const SkinWeights& joints_;
  glm::vec3 hipLeft_;
  float front_, back_, frontBand_, backBand_, crotchBand_, crotchLength_;
  glm::vec3 perineum_;
};

// The displacement of each skin vertex (along its normal) per millimetre of fat: 1 over soft
// ground, fading to 0 where the skin lies on bone (where the soft tissue is thin).
std::vector<float> fatShare(const MeasurementTable& m, const std::vector<Part>& parts,
                            const std::vector<glm::vec3>& positions);

// The builds' morph targets, "lean" then "heavy": each vertex moved along its normal by its fat
// share of the table's amount (mm). The lean skin never comes closer than kLeanClearanceMm to what
// lies beneath it (the wall under the umbilicus' pit, the quadratus lumborum at the back).
constexpr float kLeanClearanceMm = 2.0f;
std::vector<std::pair<std::string, std::vector<glm::vec3>>> skinBuilds(
    const MeasurementTable& m, const std::vector<Part>& parts, const GenMesh& skin);
}  // namespace pe::gen
