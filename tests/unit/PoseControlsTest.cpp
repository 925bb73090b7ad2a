// The pose controls' rules that need no window: the presets the techniques use, the plot's
// mapping from a click to an angle, setting a hip by hand and the flexion cycle.
#include <gtest/gtest.h>

#include <set>

#include "TestSupport.h"
#include "geometry/ContractionTint.h"
#include "io/GltfFile.h"
#include "pose/PoseControls.h"
#include "pose/PosedModel.h"
#include "scene/OrbitCamera.h"

namespace pe {
TEST(PoseControls, PresetsAreTheTechniquesAngles) {
  std::map<std::string, float> angles;
  for (const auto& p : posePresets()) {
    angles[p.name] = p.degrees;
    EXPECT_GE(p.degrees, kMinHipFlexion);
    EXPECT_LE(p.degrees, kMaxHipFlexion);
    EXPECT_GT(std::string(p.use).size(), 20u) << p.name;
  }
  EXPECT_EQ(angles.at("Lift the foot"), 10.0f);
  EXPECT_EQ(angles.at("Knees bent, lying on the back"), 45.0f);
  EXPECT_EQ(angles.at("Knee to chest"), 120.0f);
  EXPECT_EQ(angles.at("Lunge stretch"), -15.0f);
  EXPECT_EQ(angles.at("Standing"), 0.0f);
}

TEST(PoseControls, PlotClicksMapToWholeDegreesInRange) {
  EXPECT_EQ(plotDegreesAt(100.0f, 100.0f, 240.0f), -20.0f);
  EXPECT_EQ(plotDegreesAt(240.0f, 100.0f, 240.0f), 120.0f);
  EXPECT_EQ(plotDegreesAt(120.0f, 100.0f, 240.0f), 0.0f);
  EXPECT_EQ(plotDegreesAt(50.0f, 100.0f, 240.0f), -20.0f);
  EXPECT_EQ(plotDegreesAt(900.0f, 100.0f, 240.0f), 120.0f);
  EXPECT_EQ(plotDegreesAt(5.0f, 7.0f, 7.0f), -20.0f) << "an empty plot";
}

TEST(PoseControls, SettingByHandStopsTheCycleAndTheClip) {
  // The labelled test model has no rig: setting does nothing and the cycle does not run.
  struct {
    PosedModel document;
    PoseControls poseControls;
    Settings settings;
  } state;
  state.document = PosedModel(
      std::make_unique<Model>(loadGltfFile(test::writeLabelledModel(test::makeTempDir()))));
  state.poseControls.cyclePlaying = true;
  advanceFlexionCycle(state.document, state.poseControls, state.settings.pose, 1.0f);
  EXPECT_FALSE(state.document.hasHipRig());
  EXPECT_EQ(state.poseControls.cycleTime, 0.0f) << "no rig, no cycle";
  setHipByHand(state.document, state.poseControls, state.settings.animation, 0, 45.0f);
  EXPECT_FALSE(state.poseControls.cyclePlaying);
  EXPECT_FALSE(state.settings.animation.playing);
  EXPECT_EQ(state.document.hipFlexion(0), 0.0f);
}

TEST(PoseControls, LinesProjectOntoTheWindowAndMusclesHaveTheirOwnColours) {
  OrbitCamera camera;
  camera.pose.target = glm::vec3(0.0f);
  camera.pose.distance = 2.0f;
  const glm::vec2 viewport(800.0f, 600.0f);
  const glm::vec3 up = camera.up() * 0.1f, right = camera.right() * 0.1f,
                  behind = camera.eye() - camera.forward();
  const auto p = projectToWindow({glm::vec3(0.0f), up, right, behind}, camera, viewport);
  ASSERT_EQ(p.size(), 3u) << "the point behind the camera is left out";
  EXPECT_NEAR(p[0].x, 400.0f, 0.5f);
  EXPECT_NEAR(p[0].y, 300.0f, 0.5f);
  EXPECT_LT(p[1].y, 300.0f) << "up is up on screen";
  EXPECT_GT(p[2].x, 400.0f) << "right is right";
  const std::set<unsigned> colours = {
      muscleColour("psoas_major_left"), muscleColour("iliacus_left"),
      muscleColour("psoas_minor_left"), muscleColour("quadratus_lumborum_left")};
  EXPECT_EQ(colours.size(), 4u);
  EXPECT_EQ(muscleColour("psoas_major_left"), muscleColour("psoas_major_right"));
}
}  // namespace pe
