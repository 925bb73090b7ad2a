// Dragging a thigh in the view: pressing on a femur flexes its hip as the cursor moves, about
// the hip centre in the leg's swing plane, or by vertical motion when that plane is seen
// edge-on. Pure geometry on the posed model and the camera; the viewer feeds it the cursor.
#pragma once
#include <optional>

#include <glm/vec2.hpp>

#include "pose/PosedModel.h"
#include "scene/OrbitCamera.h"

namespace pe {
struct ThighDrag {
  int side = 0;  // 0 left, 1 right
  float startDegrees = 0.0f;
  glm::vec2 startCursor{0.0f};
  std::optional<float> startAngle;  // absent: the swing plane is seen edge-on
};

// The cursor's angle (degrees) about the side's hip axis, from straight down toward the front,
// where the cursor's ray meets the swing plane; absent when that plane is seen nearly edge-on.
std::optional<float> swingAngle(const PosedModel& doc, int side, const OrbitCamera& camera,
                                glm::vec2 cursor, glm::vec2 viewport);

// Starts a drag of the side's thigh at the cursor (the caller found the femur under it).
ThighDrag startThighDrag(const PosedModel& doc, int side, const OrbitCamera& camera,
                         glm::vec2 cursor, glm::vec2 viewport);

// The hip flexion the drag asks for with the cursor here, clamped to the hip's range; absent
// when the cursor's ray no longer meets the swing plane.
std::optional<float> thighDragDegrees(const ThighDrag& drag, const PosedModel& doc,
                                      const OrbitCamera& camera, glm::vec2 cursor,
                                      glm::vec2 viewport, float degreesPerPixel);
}  // namespace pe
