// Lines of action on a hand-made model: straight segments, the wrap about a cylinder (tangents
// and arc, helical when the ends differ along the axis), what breaks a line, and the hip rig
// turning an insertion round the hip so the moment arm equals the wrap radius while wrapped.
#include <gtest/gtest.h>

#include <cmath>

#include "geometry/MuscleLines.h"

namespace pe {
namespace {
int addNode(Model& m, std::map<std::string, std::string> extras, glm::vec3 at, int parent = -1) {
  Node n;
  n.extras = std::move(extras);
  n.local.translation = at;
  n.parent = parent;
  m.nodes.push_back(n);
  const int index = static_cast<int>(m.nodes.size()) - 1;
  if (parent >= 0) m.nodes[parent].children.push_back(index);
  return index;
}

// A pelvis at the origin, a femur node at the hip (0, 0, 0) and a muscle from (0, 0.1, 0.05)
// over a brim point (0, 0, 0.05) round a wrap of radius 0.04 about X to an insertion on the femur.
Model hipModel(float wrapRadius = 0.04f) {
  Model m;
  const int pelvis = addNode(m, {{"id", "hip_bone_left"}}, glm::vec3(0.0f));
  const int femur = addNode(m, {{"id", "femur_left"}, {"side", "left"}}, glm::vec3(0.0f), pelvis);
  addNode(m, {{"id", "iliacus_left"}, {"side", "left"}}, glm::vec3(0.0f), pelvis);
  addNode(m, {{"kind", "line_point"}, {"muscle", "iliacus_left"}, {"order", "0"}},
          {0.0f, 0.1f, 0.05f}, pelvis);
  addNode(m, {{"kind", "line_point"}, {"muscle", "iliacus_left"}, {"order", "1"}},
          {0.0f, 0.0f, 0.05f}, pelvis);
  addNode(m, {{"kind", "line_point"}, {"muscle", "iliacus_left"}, {"order", "2"}},
          {0.0f, -0.06f, -0.02f}, femur);
  addNode(m,
          {{"kind", "line_wrap"},
           {"muscle", "iliacus_left"},
           {"after", "1"},
           {"radius", std::to_string(wrapRadius)}},
          glm::vec3(0.0f), pelvis);
  return m;
}

float restLength(const Model& m, const MuscleLine& line) {
  Pose pose = restPose(m);
  return lineLength(line, pose);
}
}  // namespace

TEST(MuscleLines, StraightWhenTheLineClearsTheCylinder) {
  const Model m = hipModel(0.01f);
  const auto lines = findMuscleLines(m);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].side, 0);
  const float expected = 0.1f + glm::length(glm::vec3(0.0f, -0.06f, -0.07f));
  EXPECT_NEAR(restLength(m, lines[0]), expected, 1e-6f);
}

TEST(MuscleLines, WrapsWithTangentsAndArcWhenTheLineWouldCutIn) {
  const Model m = hipModel(0.04f);
  const auto line = findMuscleLines(m).at(0);
  const float r = 0.04f, da = 0.05f, db = std::sqrt(0.06f * 0.06f + 0.02f * 0.02f);
  const float between =
      std::acos(glm::dot(glm::vec2(0.0f, 0.05f), glm::vec2(-0.06f, -0.02f)) / (da * db));
  const float arc = between - std::acos(r / da) - std::acos(r / db);
  ASSERT_GT(arc, 0.0f);
  const float wrapped = std::sqrt(da * da - r * r) + std::sqrt(db * db - r * r) + r * arc;
  EXPECT_NEAR(restLength(m, line), 0.1f + wrapped, 1e-5f);
  EXPECT_GT(restLength(m, line),
            restLength(hipModel(0.01f), findMuscleLines(hipModel(0.01f)).at(0)));
  // The drawn path starts and ends at the points and never enters the cylinder.
  const auto path = linePath(line, restPose(m));
  EXPECT_GT(path.size(), 3u);
  for (const auto& p : path) EXPECT_GE(glm::length(glm::vec2(p.y, p.z)), r - 1e-5f);
  float along = 0.0f;
  for (size_t i = 1; i < path.size(); ++i) along += glm::length(path[i] - path[i - 1]);
  EXPECT_NEAR(along, restLength(m, line), 1e-3f);
}

TEST(MuscleLines, HelicalWhenTheEndsDifferAlongTheAxis) {
  Model m = hipModel(0.04f);
  const float flat = restLength(m, findMuscleLines(m).at(0)) - 0.1f;
  m.nodes[5].local.translation.x = 0.03f;  // insertion 3 cm along the axis
  EXPECT_NEAR(restLength(m, findMuscleLines(m).at(0)) - 0.1f,
              std::sqrt(flat * flat + 0.03f * 0.03f), 1e-5f);
}

TEST(MuscleLines, MomentArmEqualsTheWrapRadiusWhileWrapped) {
  const Model m = hipModel(0.04f);
  HipRig rig;
  rig.femur = {1, -1};
  const auto line = findMuscleLines(m).at(0);
  const LengthSample s = measureLine(m, rig, line, 10.0f);
  EXPECT_NEAR(s.momentArmMm, 40.0f, 0.05f);
  EXPECT_LT(s.lengthMm, measureLine(m, rig, line, 0.0f).lengthMm);
  const auto curves = measureLines(m, rig, {line}, -20.0f, 120.0f, 5.0f);
  ASSERT_EQ(curves.size(), 1u);
  EXPECT_EQ(curves[0].samples.size(), 29u);
  EXPECT_NEAR(sampleAt(curves[0], 2.5f).lengthMm,
              0.5f * (curves[0].samples[4].lengthMm + curves[0].samples[5].lengthMm), 1e-4f);
  const std::string csv = lengthsCsv(curves);
  EXPECT_EQ(csv.rfind("muscle,angle_deg,length_mm,moment_arm_mm\niliacus_left,-20,", 0), 0u) << csv;
}

TEST(MuscleLines, BrokenLinesAreLeftOut) {
  Model gap = hipModel();
  gap.nodes[4].extras["order"] = "5";  // 0, 2, 5: a gap
  EXPECT_TRUE(findMuscleLines(gap).empty());
  Model late = hipModel();
  late.nodes[6].extras["after"] = "2";  // after the last point
  EXPECT_TRUE(findMuscleLines(late).empty());
  Model badRadius = hipModel();
  badRadius.nodes[6].extras["radius"] = "-1";  // ignored: the line is kept without a wrap
  const auto lines = findMuscleLines(badRadius);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_LT(lines[0].wrapNode, 0);
  Model words = hipModel();
  words.nodes[3].extras["order"] = "first";
  EXPECT_TRUE(findMuscleLines(words).empty());
}
}  // namespace pe

namespace pe {
TEST(HipPose, FlexionCycleRunsFromExtensionToFullFlexionAndBack) {
  EXPECT_NEAR(flexionCycleDegrees(0.0f, 6.0f), -20.0f, 1e-4f);
  EXPECT_NEAR(flexionCycleDegrees(3.0f, 6.0f), 120.0f, 1e-3f);
  EXPECT_NEAR(flexionCycleDegrees(1.5f, 6.0f), 50.0f, 1e-3f);
  EXPECT_NEAR(flexionCycleDegrees(6.0f + 1.5f, 6.0f), 50.0f, 1e-3f);  // repeats
  float previous = flexionCycleDegrees(0.0f, 6.0f);
  for (int k = 1; k <= 600; ++k) {
    const float d = flexionCycleDegrees(0.01f * static_cast<float>(k), 6.0f);
    EXPECT_GE(d, kMinHipFlexion - 1e-3f);
    EXPECT_LE(d, kMaxHipFlexion + 1e-3f);
    EXPECT_LT(std::fabs(d - previous), 1.0f) << "smooth";
    previous = d;
  }
  EXPECT_NEAR(flexionCycleDegrees(2.0f, 0.0f), -20.0f, 1e-4f) << "a zero period stays put";
}

TEST(HipPose, FlexionIsReadBackFromThePose) {
  const Model m = hipModel();
  HipRig rig;
  rig.femur = {1, -1};
  for (float degrees : {-20.0f, 0.0f, 45.0f, 120.0f}) {
    Pose pose = restPose(m);
    applyHipFlexion(m, rig, 0, degrees, pose);
    EXPECT_NEAR(hipFlexionDegrees(m, rig, 0, pose), degrees, 1e-3f);
  }
}
}  // namespace pe
