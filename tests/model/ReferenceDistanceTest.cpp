// Against real anatomy: after a rigid alignment on landmarks (both ASIS, both pubic tubercles,
// both femoral head centres), the symmetric mean surface distance between each generated
// structure and its BodyParts3D counterpart stays within the bounds, and the 95th
// percentile within three times the mean (for the structures of issue 11, 2.5 times the bound).
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include <nlohmann/json.hpp>

#include "BundledModel.h"
#include "TestSupport.h"
#include "gen/ReferenceCheck.h"
#include "io/StlFile.h"
#include "scene/SurfaceDistance.h"

namespace pe::test {
TEST(ReferenceDistance, GeneratedStructuresLieOnRealAnatomy) {
  const std::string shared = sharedDir();
  if (shared.empty()) {
    if (inCi()) FAIL() << "../shared is missing in CI";
    GTEST_SKIP() << "../shared/reference/bodyparts3d is absent";
  }
  const std::string dir = shared + "/reference/bodyparts3d";
  std::ifstream in(dir + "/landmarks.json");
  ASSERT_TRUE(in) << dir << "/landmarks.json";
  const auto json = nlohmann::json::parse(in);
  // landmarks.json: {"left": {"ASIS": [x, y, z], ...}, "right": {...}} in the reference frame.
  auto referencePoint = [&](const char* name, const char* side) {
    const auto& p = json.at(side).at(name);
    return gen::referencePointToModelFrame(
        glm::vec3(p[0].get<float>(), p[1].get<float>(), p[2].get<float>()));
  };
  const BundledModel& model = BundledModel::get();
  std::vector<glm::vec3> from, to;
  for (const auto& [ours, theirs] : std::vector<std::pair<std::string, const char*>>{
           {"asis", "ASIS"},
           {"pubic_tubercle", "pubic_tubercle"},
           {"femoral_head_centre", "femoral_head_centre"}})
    for (const char* side : {"left", "right"}) {
      from.push_back(model.landmark(ours + "_" + side, model.rest()));
      to.push_back(referencePoint(theirs, side));
    }
  const glm::mat4 align = rigidAlignment(from, to);
  std::printf("%-26s %8s %8s %8s %8s\n", "structure", "mean mm", "p95 mm", "limit", "p95/mean");
  for (const auto& target : gen::referenceTargets()) {
    SCOPED_TRACE(target.name);
    TriangleMesh ours, theirs;
    for (const auto& id : target.ids) {
      const TriangleMesh part = model.mesh(id, model.rest()).transformed(align);
      ours.corners.insert(ours.corners.end(), part.corners.begin(), part.corners.end());
    }
    for (const auto& file : target.files) {
      const TriangleMesh ref = gen::referenceToModelFrame(loadStlFile(dir + "/stl/" + file));
      theirs.corners.insert(theirs.corners.end(), ref.corners.begin(), ref.corners.end());
    }
    if (target.cropToHeight) theirs = gen::cropToHeightOf(theirs, ours);
    ASSERT_FALSE(theirs.corners.empty());
    const DistanceStats d = symmetricSurfaceDistance(ours, theirs, 20000);
    std::printf("%-26s %8.2f %8.2f %8.1f %8.2f\n", target.name.c_str(), d.mean, d.p95,
                target.limitMm, d.p95 / d.mean);
    EXPECT_LE(d.mean, target.limitMm);
    // No part far off: bones and muscles within three times their mean; the body around them
    // (issue 11: vessels, organs, gut), whose means are often far below the bound so that three
    // times the mean would be stricter than the bound itself, within 2.5 times the bound.
    EXPECT_LE(d.p95, target.cropToHeight ? 2.5 * target.limitMm : 3.0 * d.mean);
  }
}
}  // namespace pe::test
