// Dragging a thigh, without a window: the cursor's angle about the hip in the leg's swing plane,
// and the hip flexion a drag asks for, on the bundled model's rig.
#include <gtest/gtest.h>

#include <cmath>

#include "geometry/ThighDrag.h"
#include "io/GltfFile.h"

namespace pe {
namespace {
struct Hip {
  PosedModel doc{std::make_unique<Model>(
      loadGltfFile(std::string(PE_TEST_DIR) + "/../assets/lumbopelvic.glb"))};
  glm::vec2 viewport{800.0f, 600.0f};

  // A point on the swing plane `degrees` from straight down toward the front, 0.3 m out.
  glm::vec3 swingPoint(int side, float degrees) const {
    const Model& model = *doc.model();
    const int femur = doc.hipRig()->femur[side];
    const glm::mat4 frame = doc.pose().world[model.nodes[femur].parent];
    const glm::vec3 centre(doc.pose().world[femur][3]);
    const float r = glm::radians(degrees);
    return centre + 0.3f * (-std::cos(r) * glm::normalize(glm::vec3(frame[1])) +
                            std::sin(r) * glm::normalize(glm::vec3(frame[2])));
  }
  OrbitCamera camera(float azimuth) const {
    OrbitCamera c;
    c.pose.orientation = orientationFromAngles({azimuth, 0.0f});
    c.pose.target = swingPoint(0, 0.0f);
    c.pose.distance = 2.0f;
    return c;
  }
  glm::vec2 cursorAt(const OrbitCamera& c, const glm::vec3& p) const {
    return projectToWindow({p}, c, viewport)[0];
  }
};
}  // namespace

TEST(ThighDrag, TheCursorsAngleAboutTheHipInTheSwingPlane) {
  Hip hip;
  ASSERT_TRUE(hip.doc.hasHipRig());
  const OrbitCamera fromLeft = hip.camera(90.0f);
  for (float degrees : {0.0f, 30.0f, 90.0f, -20.0f}) {
    const auto angle = swingAngle(hip.doc, 0, fromLeft,
                                  hip.cursorAt(fromLeft, hip.swingPoint(0, degrees)), hip.viewport);
    ASSERT_TRUE(angle);
    EXPECT_NEAR(*angle, degrees, 0.5f);
  }
  // From the front the swing plane is seen edge-on: no angle.
  EXPECT_FALSE(swingAngle(hip.doc, 0, hip.camera(0.0f), hip.viewport * 0.5f, hip.viewport));
}

TEST(ThighDrag, DraggingTurnsTheHipByTheCursorsTurn) {
  Hip hip;
  const OrbitCamera fromLeft = hip.camera(90.0f);
  const ThighDrag drag = startThighDrag(
      hip.doc, 0, fromLeft, hip.cursorAt(fromLeft, hip.swingPoint(0, 0.0f)), hip.viewport);
  EXPECT_EQ(drag.side, 0);
  ASSERT_TRUE(drag.startAngle);
  auto degrees =
      thighDragDegrees(drag, hip.doc, fromLeft, hip.cursorAt(fromLeft, hip.swingPoint(0, 30.0f)),
                       hip.viewport, 0.5f);
  ASSERT_TRUE(degrees);
  EXPECT_NEAR(*degrees, 30.0f, 0.5f);
  // Past the hip's range: clamped to full flexion.
  degrees = thighDragDegrees(drag, hip.doc, fromLeft,
                             hip.cursorAt(fromLeft, hip.swingPoint(0, 150.0f)), hip.viewport, 0.5f);
  EXPECT_NEAR(*degrees, kMaxHipFlexion, 1e-4f);
}

TEST(ThighDrag, EdgeOnTheDragFollowsVerticalMotion) {
  Hip hip;
  const OrbitCamera front = hip.camera(0.0f);
  const glm::vec2 start = hip.viewport * 0.5f;
  const ThighDrag drag = startThighDrag(hip.doc, 1, front, start, hip.viewport);
  EXPECT_FALSE(drag.startAngle);
  const auto up =
      thighDragDegrees(drag, hip.doc, front, start - glm::vec2(0.0f, 40.0f), hip.viewport, 0.5f);
  ASSERT_TRUE(up);
  EXPECT_NEAR(*up, 20.0f, 1e-4f) << "40 pixels up at 0.5 degrees a pixel";
  const auto down =
      thighDragDegrees(drag, hip.doc, front, start + glm::vec2(0.0f, 400.0f), hip.viewport, 0.5f);
  EXPECT_NEAR(*down, kMinHipFlexion, 1e-4f);
}
}  // namespace pe
