// The hip rig of the bundled model (issue 5's pose controls and --pose use it): it is found,
// its pulley share matches the clips, flexing by angle gives the clip's pose, and at 90 degrees
// the femur points forward.
#include <gtest/gtest.h>

#include "BundledModel.h"
#include "TestSupport.h"
#include "io/GltfFile.h"
#include "pose/HipRig.h"
#include "pose/PosedModel.h"

namespace pe::test {
TEST(HipRig, FoundOnTheBundledModelWithThePulleyShareOfItsClips) {
  const auto rig = findHipRig(BundledModel::get().model());
  ASSERT_TRUE(rig);
  for (int s = 0; s < 2; ++s) {
    EXPECT_GE(rig->femur[s], 0);
    EXPECT_GE(rig->brim[s], 0);
    EXPECT_NEAR(rig->brimFraction[s], 0.5f, 1e-3f);  // hip.brim.rotation_fraction in the table
  }
  EXPECT_FALSE(findHipRig(loadGltfFile(writeLabelledModel(makeTempDir()))));
}

TEST(HipRig, FlexingByAngleMatchesTheClipAndPointsTheFemurForward) {
  const BundledModel& m = BundledModel::get();
  const auto rig = findHipRig(m.model());
  ASSERT_TRUE(rig);
  for (float degrees : {30.0f, 90.0f, 120.0f}) {
    Pose pose = m.rest();
    applyHipFlexion(m.model(), *rig, 0, degrees, pose);
    applyHipFlexion(m.model(), *rig, 1, degrees, pose);
    updateWorldTransforms(m.model(), pose);
    const Pose clip = m.flexed(degrees);  // keyed every 0.1 s: within about 0.1 degree
    for (int s = 0; s < 2; ++s)
      for (int node : {rig->femur[s], rig->brim[s]})
        for (int c = 0; c < 4; ++c)
          for (int r = 0; r < 4; ++r)
            EXPECT_NEAR(pose.world[node][c][r], clip.world[node][c][r], 3e-3f) << degrees;
  }
  // At 90 degrees the distal end of the femur lies in front of the hip joint.
  Pose pose = m.rest();
  applyHipFlexion(m.model(), *rig, 0, 90.0f, pose);
  updateWorldTransforms(m.model(), pose);
  const glm::vec3 hip = m.landmark("femoral_head_centre_left", pose);
  glm::vec3 knee(0.0f);
  float lowestAtRest = 1e9f;
  const auto rest = m.vertices("femur_left", m.rest());
  const auto flexed = m.vertices("femur_left", pose);
  for (size_t i = 0; i < rest.size(); ++i)
    if (rest[i].y < lowestAtRest) lowestAtRest = rest[i].y, knee = flexed[i];
  EXPECT_GT(knee.z - hip.z, 350.0f);
  EXPECT_LT(std::abs(knee.y - hip.y), 80.0f);
  // Values outside -20..120 are held at the limits.
  Pose over = m.rest(), limit = m.rest();
  applyHipFlexion(m.model(), *rig, 0, 150.0f, over);
  applyHipFlexion(m.model(), *rig, 0, 120.0f, limit);
  EXPECT_EQ(over.local[rig->femur[0]].rotation, limit.local[rig->femur[0]].rotation);
}

TEST(HipRig, PosedModelAppliesThePoseOverTheClip) {
  PosedModel posed(std::make_unique<Model>(loadGltfFile(BundledModel::path())));
  posed.setClip(-1);
  const Bounds rest = posed.currentBounds();
  posed.setHipFlexion(0, 90.0f);
  posed.setHipFlexion(1, 90.0f);
  EXPECT_GT(posed.currentBounds().max.z, rest.max.z + 0.25f);  // the knees come forward
  posed.setHipFlexion(0, std::nullopt);
  posed.setHipFlexion(1, std::nullopt);
  EXPECT_NEAR(posed.currentBounds().max.z, rest.max.z, 1e-5f);
}
}  // namespace pe::test
