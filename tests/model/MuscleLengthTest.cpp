// Muscle-tendon lengths of the bundled model over hip flexion (issue 5): the lines are found
// with their points on the right bones, the curves are smooth and symmetric, the shortening
// from 0 to 120 degrees and the moment arm at 0 fall in the ranges of the published models
// (anatomy.md section 3), the psoas minor (which does not cross the hip) keeps its length, and
// --muscle-lengths prints them as CSV.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <map>
#include <sstream>

#include "BundledModel.h"
#include "TestSupport.h"
#include "app/SceneKey.h"
#include "geometry/MuscleLines.h"
#include "io/GltfFile.h"
#include "pose/PoseControls.h"

namespace pe::test {
namespace {
struct Measured {
  std::vector<MuscleLine> lines;
  std::vector<LengthCurve> curves;  // every degree from -20 to 120
  const LengthCurve& curve(const std::string& muscle) const {
    for (const auto& c : curves)
      if (c.muscle == muscle) return c;
    throw std::runtime_error("no curve for " + muscle);
  }
};

const Measured& measured() {
  static const Measured m = [] {
    const Model& model = BundledModel::get().model();
    Measured out;
    out.lines = findMuscleLines(model);
    out.curves = measureLines(model, *findHipRig(model), out.lines, -20.0f, 120.0f, 1.0f);
    return out;
  }();
  return m;
}

float at(const LengthCurve& c, float degrees, float LengthSample::*field) {
  return sampleAt(c, degrees).*field;
}

const char* kSides[] = {"left", "right"};
}  // namespace

TEST(MuscleLength, LinesRunFromTheTrunkOverTheBrimToTheFemur) {
  const BundledModel& m = BundledModel::get();
  const auto& lines = measured().lines;
  ASSERT_EQ(lines.size(), 6u);
  auto parentId = [&](int node) {
    return m.model().nodes[m.model().nodes[node].parent].extras.at("id");
  };
  for (const auto& line : lines) {
    const std::string side = line.side == 0 ? "left" : "right";
    ASSERT_GE(line.side, 0) << line.muscle;
    EXPECT_NE(line.muscle.find(side), std::string::npos);
    EXPECT_NO_THROW(m.structure(line.muscle));  // a line belongs to a structure of the model
    const std::string last = parentId(line.points.back());
    if (line.muscle.rfind("psoas_minor", 0) == 0) {
      EXPECT_EQ(last, "hip_bone_" + side) << "psoas minor ends on the iliopubic eminence";
      EXPECT_LT(line.wrapNode, 0);
    } else {
      EXPECT_EQ(last, "femur_" + side) << line.muscle << " inserts on the femur";
      EXPECT_EQ(parentId(line.points[line.wrapAfter]), "hip_bone_" + side)
          << line.muscle << " turns over the brim";
      ASSERT_GE(line.wrapNode, 0);
      // The wrap is centred on the hip joint (the femur node sits at the joint centre).
      const glm::vec3 wrap(m.rest().world[line.wrapNode][3]),
          hip(m.rest().world[m.structure("femur_" + side).node][3]);
      EXPECT_LT(glm::length(wrap - hip), 1e-4f);
      EXPECT_GT(line.wrapRadius * 1000.0f, 23.0f) << "outside the femoral head";
    }
  }
}

TEST(MuscleLength, ShorteningAndMomentArmsFallInThePublishedRanges) {
  struct Range {
    const char* muscle;
    float shortenLo, shortenHi;
  };
  // anatomy.md section 3: psoas 45-75 mm, iliacus 60-90 mm from 0 to 120 degrees; moment arms
  // at 0 degrees 20-45 mm.
  for (const Range& r : {Range{"psoas_major", 45, 75}, Range{"iliacus", 60, 90}})
    for (const char* side : kSides) {
      const LengthCurve& c = measured().curve(std::string(r.muscle) + "_" + side);
      const float shortening = c.standingMm - at(c, 120, &LengthSample::lengthMm);
      const float arm0 = at(c, 0, &LengthSample::momentArmMm);
      std::printf(
          "%-24s standing %.1f mm, shortens %.1f mm (%.1f%%) to 120 deg, moment arm at 0 %.1f mm, "
          "at 90 %.1f mm\n",
          c.muscle.c_str(), c.standingMm, shortening, 100.0f * shortening / c.standingMm, arm0,
          at(c, 90, &LengthSample::momentArmMm));
      EXPECT_GE(shortening, r.shortenLo) << c.muscle;
      EXPECT_LE(shortening, r.shortenHi) << c.muscle;
      EXPECT_GE(arm0, 20.0f) << c.muscle;
      EXPECT_LE(arm0, 45.0f) << c.muscle;
      EXPECT_NEAR(c.standingMm, at(c, 0, &LengthSample::lengthMm), 1e-3f);
    }
}

TEST(MuscleLength, CurvesAreSmoothWithoutAChangeOfSignBefore100Degrees) {
  for (const auto& c : measured().curves) {
    ASSERT_EQ(c.samples.size(), 141u);
    for (size_t i = 0; i + 1 < c.samples.size(); ++i) {
      const LengthSample& a = c.samples[i];
      const LengthSample& b = c.samples[i + 1];
      // The step between neighbours is what the moment arms predict (trapezoid rule), no jump.
      const float predicted =
          -0.5f * (a.momentArmMm + b.momentArmMm) * glm::radians(b.degrees - a.degrees);
      EXPECT_NEAR(b.lengthMm - a.lengthMm, predicted, 0.05f) << c.muscle << " at " << a.degrees;
      // Moment arms change gradually: under 2 mm per degree.
      EXPECT_LT(std::fabs(b.momentArmMm - a.momentArmMm), 2.0f) << c.muscle << " at " << a.degrees;
      if (c.muscle.rfind("psoas_minor", 0) == 0) continue;
      if (a.degrees < 100.0f) {
        EXPECT_GT(a.momentArmMm, 0.0f) << c.muscle << " at " << a.degrees;
      }
    }
  }
}

TEST(MuscleLength, PsoasMinorDoesNotCrossTheHipAndSidesAreMirrorImages) {
  for (const char* side : kSides) {
    const LengthCurve& minor = measured().curve(std::string("psoas_minor_") + side);
    for (const auto& s : minor.samples) {
      EXPECT_NEAR(s.lengthMm, minor.standingMm, 0.01f);
      EXPECT_NEAR(s.momentArmMm, 0.0f, 0.01f);
    }
  }
  for (const char* muscle : {"psoas_major", "iliacus", "psoas_minor"}) {
    const LengthCurve& l = measured().curve(std::string(muscle) + "_left");
    const LengthCurve& r = measured().curve(std::string(muscle) + "_right");
    for (size_t i = 0; i < l.samples.size(); ++i)
      EXPECT_NEAR(l.samples[i].lengthMm, r.samples[i].lengthMm, 0.05f) << muscle;
  }
}

TEST(MuscleLength, CommandPrintsCsvFromMinus20To120In5DegreeSteps) {
  const CommandResult r = runApp({BundledModel::path(), "--muscle-lengths"});
  ASSERT_EQ(r.exitCode, 0) << r.output;
  std::istringstream in(r.output);
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "muscle,angle_deg,length_mm,moment_arm_mm");
  std::map<std::string, std::vector<float>> angles;
  while (std::getline(in, line)) {
    char muscle[64];
    float deg, length, arm;
    ASSERT_EQ(std::sscanf(line.c_str(), "%63[^,],%f,%f,%f", muscle, &deg, &length, &arm), 4)
        << line;
    angles[muscle].push_back(deg);
    const LengthSample expected = sampleAt(measured().curve(muscle), deg);
    EXPECT_NEAR(length, expected.lengthMm, 0.06f) << line;
    EXPECT_NEAR(arm, expected.momentArmMm, 0.06f) << line;
  }
  ASSERT_EQ(angles.size(), 6u);
  for (const auto& [muscle, list] : angles) {
    ASSERT_EQ(list.size(), 29u) << muscle;
    for (size_t i = 0; i < list.size(); ++i)
      EXPECT_EQ(list[i], -20.0f + 5.0f * static_cast<float>(i));
  }
}

TEST(MuscleLength, ReadingsFollowThePoseSetByHandTheCycleAndTheClip) {
  ViewerState state;
  state.document = PosedModel(std::make_unique<Model>(loadGltfFile(BundledModel::path())));
  state.muscles = MuscleMeter(*state.document.model());
  ASSERT_FALSE(state.muscles.empty());
  ASSERT_TRUE(state.document.hasHipRig());
  auto reading = [&](const std::string& muscle) {
    const auto readings = state.muscles.read(*state.document.model(), state.document.pose());
    for (size_t i = 0; i < readings.size(); ++i)
      if (state.muscles.lines()[i].muscle == muscle) return readings[i];
    throw std::runtime_error(muscle);
  };
  // By hand: the reading is the curve's value at that angle; the other side stays.
  setHipByHand(state.document, state.poseControls, state.settings.animation, 0, 90.0f);
  const auto iliacus = reading("iliacus_left");
  EXPECT_NEAR(iliacus.degrees, 90.0f, 1e-3f);
  EXPECT_NEAR(iliacus.lengthMm, sampleAt(measured().curve("iliacus_left"), 90.0f).lengthMm, 0.01f);
  EXPECT_GT(iliacus.shortening, 0.2f);
  EXPECT_NEAR(reading("iliacus_right").shortening, 0.0f, 1e-5f);
  // The cycle: a quarter period in, both sides at 50 degrees.
  state.settings.pose.cycleSides = 2;
  state.poseControls.cyclePlaying = true;
  advanceFlexionCycle(state.document, state.poseControls, state.settings.pose,
                      0.25f * state.settings.pose.cycleSeconds);
  EXPECT_NEAR(reading("psoas_major_left").degrees, 50.0f, 0.01f);
  EXPECT_NEAR(reading("psoas_major_right").degrees, 50.0f, 0.01f);
  // The clip: playing it lets go of the hand pose; hip_flexion_left half way is 120 degrees.
  followClip(state.document, state.poseControls);
  EXPECT_FALSE(state.poseControls.cyclePlaying);
  EXPECT_FALSE(state.document.hipFlexionSet(0));
  EXPECT_FALSE(state.document.hipFlexionSet(1));
  state.document.setClip(state.document.model()->findClip("hip_flexion_left"));
  state.document.setTime(2.0f);
  EXPECT_NEAR(reading("psoas_major_left").degrees, 120.0f, 0.1f);
  EXPECT_NEAR(reading("psoas_major_left").lengthMm,
              sampleAt(measured().curve("psoas_major_left"), 120.0f).lengthMm, 0.1f);
}

TEST(MuscleLength, ThePoseAndTheTintRedrawTheView) {
  ViewerState state;
  state.document = PosedModel(std::make_unique<Model>(loadGltfFile(BundledModel::path())));
  const OrbitCamera camera;
  const SceneKey before = makeSceneKey(state, camera, 640, 480, false);
  setHipByHand(state.document, state.poseControls, state.settings.animation, 1, 30.0f);
  const SceneKey posed = makeSceneKey(state, camera, 640, 480, false);
  EXPECT_FALSE(posed == before);
  state.settings.pose.contractionTint = true;
  EXPECT_FALSE(makeSceneKey(state, camera, 640, 480, false) == posed);
}
}  // namespace pe::test
