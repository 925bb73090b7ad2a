#include <gtest/gtest.h>
#include <glm/gtc/matrix_transform.hpp>

#include "scene/OrbitCamera.h"

namespace pe {
namespace {
glm::vec3 eyeDirection(ViewPreset p) {
  OrbitCamera c;
  c.pose.orientation = viewPresetOrientation(p);
  return glm::normalize(c.eye() - c.pose.target);
}
void expectNear(glm::vec3 a, glm::vec3 b) {
  EXPECT_NEAR(a.x, b.x, 1e-5f);
  EXPECT_NEAR(a.y, b.y, 1e-5f);
  EXPECT_NEAR(a.z, b.z, 1e-5f);
}
}  // namespace

TEST(OrbitCamera, PresetsLookFromTheNamedSideOfTheBody) {
  // Body frame: +Z anterior, +Y superior, +X the subject's left.
  expectNear(eyeDirection(ViewPreset::Anterior), {0, 0, 1});
  expectNear(eyeDirection(ViewPreset::Posterior), {0, 0, -1});
  expectNear(eyeDirection(ViewPreset::Left), {1, 0, 0});
  expectNear(eyeDirection(ViewPreset::Right), {-1, 0, 0});
  expectNear(eyeDirection(ViewPreset::Superior), {0, 1, 0});
  expectNear(eyeDirection(ViewPreset::Inferior), {0, -1, 0});
}

TEST(OrbitCamera, SuperiorAndInferiorViewsPutAnteriorAtTheTop) {
  for (ViewPreset p : {ViewPreset::Superior, ViewPreset::Inferior}) {
    OrbitCamera c;
    c.pose.orientation = viewPresetOrientation(p);
    expectNear(c.up(), {0, 0, 1});
  }
}

TEST(OrbitCamera, OrbitingOverThePoleDoesNotFlip) {
  OrbitCamera c;
  glm::vec3 previousUp = c.up();
  for (int i = 0; i < 400; ++i) {
    c.orbit(0.0f, 0.02f);  // 8 radians: over the top and beyond
    EXPECT_GT(glm::dot(c.up(), previousUp), 0.99f) << "step " << i;
    previousUp = c.up();
  }
}

TEST(OrbitCamera, ZoomKeepsThePointUnderTheCursorInPlace) {
  OrbitCamera c;
  c.pose.distance = 10;
  const float aspect = 1.5f;
  const glm::vec2 cursor(0.4f, -0.3f);
  const glm::vec3 before =
      c.eye() + c.rayDirection(cursor, aspect) *
                    (10.0f / glm::dot(c.rayDirection(cursor, aspect), c.forward()));
  c.zoomToward(0.5f, cursor, aspect);
  EXPECT_NEAR(c.pose.distance, 5.0f, 1e-5f);
  glm::mat4 vp = glm::perspective(glm::radians(c.fovYDegrees), aspect, 0.1f, 100.0f) * c.view();
  glm::vec4 clip = vp * glm::vec4(before, 1.0f);
  EXPECT_NEAR(clip.x / clip.w, cursor.x, 1e-4f);
  EXPECT_NEAR(clip.y / clip.w, cursor.y, 1e-4f);
}

TEST(OrbitCamera, FramingFitsTheWholeBoxInView) {
  OrbitCamera c;
  Bounds b;
  b.add({-1, -2, -0.5f});
  b.add({1, 2, 0.5f});
  for (float aspect : {0.5f, 1.0f, 2.0f}) {
    c.pose = c.framed(b, aspect);
    glm::mat4 vp = glm::perspective(glm::radians(c.fovYDegrees), aspect, 0.01f, 100.0f) * c.view();
    for (int i = 0; i < 8; ++i) {
      glm::vec3 corner((i & 1) ? b.max.x : b.min.x, (i & 2) ? b.max.y : b.min.y,
                       (i & 4) ? b.max.z : b.min.z);
      glm::vec4 clip = vp * glm::vec4(corner, 1.0f);
      EXPECT_LE(std::abs(clip.x / clip.w), 1.0f);
      EXPECT_LE(std::abs(clip.y / clip.w), 1.0f);
    }
  }
}

TEST(OrbitCamera, BlendEndsExactlyAtTheTarget) {
  CameraPose a, b;
  b.target = {1, 2, 3};
  b.distance = 7;
  b.orientation = viewPresetOrientation(ViewPreset::Left);
  CameraPose end = blendPoses(a, b, 1.0f);
  EXPECT_FLOAT_EQ(end.distance, 7.0f);
  EXPECT_FLOAT_EQ(end.target.z, 3.0f);
}
}  // namespace pe
