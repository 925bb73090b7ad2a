// The hip rig of the bundled model (issue 5's pose controls and --pose use it): it is found,
// its pulley share matches the clips, flexing by angle gives the clip's pose, and at 90 degrees
// the femur points forward.
#include <gtest/gtest.h>

#include <algorithm>

#include <glm/trigonometric.hpp>

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

namespace pe::test {
// The iliacus' bulge (the table gives the psoas major none): found per side from the clips,
// weighed 0 standing and 1 at 120 degrees, whether the clip or a hand-set angle poses the hip.
TEST(HipRig, MuscleBulgesFollowTheHipAngle) {
  const Model& model = BundledModel::get().model();
  const auto rig = findHipRig(model);
  ASSERT_TRUE(rig);
  for (int s = 0; s < 2; ++s) {
    const std::string side = s == 0 ? "left" : "right";
    const int skin = nodeWithId(model, "skin");
    std::vector<int> found;
    for (const HipRig::Driven& d : rig->driven[s])
      if (d.node != skin) {
        found.push_back(d.node);
        EXPECT_EQ(d.target, 0u);
        EXPECT_NEAR(d.values.back(), 1.0f, 1e-3f) << side << ": the bulge is full at 120 degrees";
      }
    EXPECT_EQ(found, std::vector<int>{nodeWithId(model, "iliacus_" + side)}) << side;
    ASSERT_FALSE(rig->degrees[s].empty());
    EXPECT_NEAR(rig->degrees[s].front(), 0.0f, 1e-3f);
    EXPECT_NEAR(rig->degrees[s].back(), 120.0f, 1e-2f);
  }
  PosedModel posed(std::make_unique<Model>(loadGltfFile(BundledModel::path())));
  const int iliacus = nodeWithId(*posed.model(), "iliacus_left");
  ASSERT_FALSE(posed.pose().weights[iliacus].empty()) << "the iliacus has its bulge target";
  posed.setHipFlexion(0, 90.0f);
  EXPECT_NEAR(posed.pose().weights[iliacus][0], 0.75f, 1e-3f);
  posed.setHipFlexion(0, -15.0f);
  EXPECT_NEAR(posed.pose().weights[iliacus][0], 0.0f, 1e-6f) << "no bulge in extension";
  // The clip at its deepest point (120 degrees, 2 s) weighs it fully.
  posed.setHipFlexion(0, std::nullopt);
  posed.setClip(posed.model()->findClip("hip_flexion_left"));
  posed.setTime(2.0f);
  EXPECT_NEAR(posed.pose().weights[iliacus][0], 1.0f, 1e-3f);
}
}  // namespace pe::test
namespace pe::test {
// The skin's corrective targets (gen/SkinCorrectives.h): each hip's clip drives its own side's,
// 1 at their key angle and falling linearly to the neighbouring keys, and leaves the builds and
// the other side's alone; the rig gives the same weights for a hand-set angle.
TEST(HipRig, SkinCorrectivesFollowTheirHipOnly) {
  PosedModel posed(std::make_unique<Model>(loadGltfFile(BundledModel::path())));
  const Model& model = *posed.model();
  const int skin = nodeWithId(model, "skin");
  ASSERT_GE(skin, 0);
  const auto& names = model.meshes[static_cast<size_t>(model.nodes[skin].mesh)].targetNames;
  auto weight = [&](const std::string& name) {
    const auto it = std::find(names.begin(), names.end(), name);
    EXPECT_NE(it, names.end()) << name;
    return it == names.end() ? -1.0f : posed.pose().weights[skin][it - names.begin()];
  };
  const struct {
    float degrees, at60, at90, at105, at120;
  } expected[] = {{-15, 0, 0, 0, 0},
                  {15, 0, 0, 0, 0},
                  {45, 0.5f, 0, 0, 0},
                  {60, 1, 0, 0, 0},
                  {75, 0.5f, 0.5f, 0, 0},
                  {90, 0, 1, 0, 0},
                  {100, 0, 1 / 3.0f, 2 / 3.0f, 0},
                  {105, 0, 0, 1, 0},
                  {110, 0, 0, 2 / 3.0f, 1 / 3.0f},
                  {120, 0, 0, 0, 1}};
  for (const auto& e : expected) {
    SCOPED_TRACE(e.degrees);
    posed.setHipFlexion(0, e.degrees);
    EXPECT_NEAR(weight("flexion_left_60"), e.at60, 0.02f);
    EXPECT_NEAR(weight("flexion_left_90"), e.at90, 0.02f);
    EXPECT_NEAR(weight("flexion_left_105"), e.at105, 0.02f);
    EXPECT_NEAR(weight("flexion_left_120"), e.at120, 0.02f);
    for (const char* right :
         {"flexion_right_60", "flexion_right_90", "flexion_right_105", "flexion_right_120"})
      EXPECT_EQ(weight(right), 0.0f);
    EXPECT_EQ(weight("lean"), 0.0f);
    EXPECT_EQ(weight("heavy"), 0.0f);
  }
  // Both hips: each side's own; a build on top stays.
  posed.setHipFlexion(0, 90.0f);
  posed.setHipFlexion(1, 90.0f);
  posed.setHabitus(1.0f);
  EXPECT_NEAR(weight("flexion_left_90"), 1.0f, 0.02f);
  EXPECT_NEAR(weight("flexion_right_90"), 1.0f, 0.02f);
  EXPECT_EQ(weight("heavy"), 1.0f);
  // The right clip at its deepest point and at 60 degrees (1 s in).
  posed.setHipFlexion(0, std::nullopt);
  posed.setHipFlexion(1, std::nullopt);
  posed.clearHabitus();
  posed.setClip(model.findClip("hip_flexion_right"));
  posed.setTime(2.0f);
  EXPECT_NEAR(weight("flexion_right_120"), 1.0f, 1e-3f);
  EXPECT_NEAR(weight("flexion_right_90"), 0.0f, 1e-3f);
  EXPECT_EQ(weight("flexion_left_120"), 0.0f);
  posed.setTime(1.0f);  // 60 degrees
  EXPECT_NEAR(weight("flexion_right_60"), 1.0f, 1e-3f);
  EXPECT_NEAR(weight("flexion_right_90"), 0.0f, 1e-3f);
}
}  // namespace pe::test
