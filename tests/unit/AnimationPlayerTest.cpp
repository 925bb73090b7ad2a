#include <gtest/gtest.h>

#include "pose/AnimationPlayer.h"

namespace pe {
namespace {
AnimationSampler scalarSampler(Interpolation interpolation, std::vector<float> input,
                               std::vector<float> output) {
  AnimationSampler s;
  s.interpolation = interpolation;
  s.input = std::move(input);
  s.output = std::move(output);
  s.components = 1;
  return s;
}

float sampleAt(const AnimationSampler& s, float t) {
  std::vector<float> out;
  sampleAnimation(s, t, out);
  return out[0];
}
}  // namespace

TEST(AnimationPlayer, LinearInterpolatesAndClampsOutsideTheKeys) {
  AnimationSampler s = scalarSampler(Interpolation::Linear, {1, 3}, {10, 20});
  EXPECT_FLOAT_EQ(sampleAt(s, 0.0f), 10.0f);
  EXPECT_FLOAT_EQ(sampleAt(s, 2.0f), 15.0f);
  EXPECT_FLOAT_EQ(sampleAt(s, 2.5f), 17.5f);
  EXPECT_FLOAT_EQ(sampleAt(s, 9.0f), 20.0f);
}

TEST(AnimationPlayer, StepHoldsThePreviousKey) {
  AnimationSampler s = scalarSampler(Interpolation::Step, {0, 1, 2}, {1, 5, 9});
  EXPECT_FLOAT_EQ(sampleAt(s, 0.99f), 1.0f);
  EXPECT_FLOAT_EQ(sampleAt(s, 1.0f), 5.0f);
  EXPECT_FLOAT_EQ(sampleAt(s, 1.5f), 5.0f);
}

TEST(AnimationPlayer, CubicSplineFollowsTheHermiteCurveOfTheSpec) {
  // Keys (in-tangent, value, out-tangent): value 0 -> 1 over 2 s with tangents 0 and 1/s.
  AnimationSampler s = scalarSampler(Interpolation::CubicSpline, {0, 2}, {0, 0, 1, 1, 1, 0});
  EXPECT_FLOAT_EQ(sampleAt(s, 0.0f), 0.0f);
  EXPECT_FLOAT_EQ(sampleAt(s, 2.0f), 1.0f);
  // Hermite basis at t = 0.25 (0.5 s): h00 0.84375, h10 0.140625, h01 0.15625, h11 -0.046875;
  // tangents scaled by dt = 2: p = 0.140625 * 2 + 0.15625 - 0.046875 * 2 = 0.34375, where
  // linear interpolation would give 0.25.
  EXPECT_NEAR(sampleAt(s, 0.5f), 0.34375f, 1e-6f);
  // With the second key's in-tangent 0 the curve is not symmetric: at t = 0.5 (1 s),
  // 0.125 * 2 + 0.5 = 0.75 against linear's 0.5.
  AnimationSampler lopsided = scalarSampler(Interpolation::CubicSpline, {0, 2}, {0, 0, 1, 0, 1, 0});
  EXPECT_NEAR(sampleAt(lopsided, 1.0f), 0.75f, 1e-6f);
}

TEST(AnimationPlayer, LinearRotationUsesSlerpAndStaysUnitLength) {
  Model model;
  model.nodes.resize(1);
  AnimationClip clip;
  AnimationSampler s;
  s.interpolation = Interpolation::Linear;
  s.components = 4;
  s.input = {0, 1};
  // Identity to 180 degrees about Y (x, y, z, w).
  s.output = {0, 0, 0, 1, 0, 1, 0, 0};
  clip.samplers.push_back(s);
  clip.channels.push_back({0, AnimationPath::Rotation, 0});
  Pose pose = restPose(model);
  applyClip(model, clip, 0.5f, pose);
  const glm::quat q = pose.local[0].rotation;
  EXPECT_NEAR(glm::length(q), 1.0f, 1e-5f);
  EXPECT_NEAR(glm::angle(q), 3.14159265f / 2.0f,
              1e-4f);  // halfway is 90 degrees, not a shrunken lerp
}

TEST(AnimationPlayer, WrapsAndClampsPlaybackTime) {
  EXPECT_FLOAT_EQ(wrapClipTime(2.5f, 2.0f, true), 0.5f);
  EXPECT_FLOAT_EQ(wrapClipTime(2.5f, 2.0f, false), 2.0f);
  EXPECT_FLOAT_EQ(wrapClipTime(-0.5f, 2.0f, true), 1.5f);
  EXPECT_FLOAT_EQ(wrapClipTime(1.0f, 0.0f, true), 0.0f);
}
}  // namespace pe
