#include "geometry/ThighDrag.h"

#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>

namespace pe {
std::optional<float> swingAngle(const PosedModel& doc, int side, const OrbitCamera& camera,
                                glm::vec2 cursor, glm::vec2 viewport) {
  const HipRig* rig = doc.hipRig();
  if (!rig) return std::nullopt;
  const Model& model = *doc.model();
  const int femur = rig->femur[side];
  // The swing plane lives in the femur's parent frame: X is the hip's flexion axis.
  const int parent = model.nodes[femur].parent;
  const glm::mat4 frame = parent >= 0 ? doc.pose().world[parent] : glm::mat4(1.0f);
  const glm::vec3 centre(doc.pose().world[femur][3]);
  const glm::vec3 axis = glm::normalize(glm::vec3(frame[0])),
                  up = glm::normalize(glm::vec3(frame[1])),
                  forward = glm::normalize(glm::vec3(frame[2]));
  const glm::vec3 dir =
      camera.rayDirection(windowToNdc(cursor, viewport), viewport.x / std::max(viewport.y, 1.0f));
  const float facing = glm::dot(dir, axis);
  if (std::abs(facing) < 0.35f) return std::nullopt;
  const glm::vec3 p = camera.eye() + dir * (glm::dot(centre - camera.eye(), axis) / facing);
  return glm::degrees(std::atan2(glm::dot(p - centre, forward), -glm::dot(p - centre, up)));
}

ThighDrag startThighDrag(const PosedModel& doc, int side, const OrbitCamera& camera,
                         glm::vec2 cursor, glm::vec2 viewport) {
  ThighDrag drag;
  drag.side = side;
  drag.startDegrees = doc.hipFlexion(side);
  drag.startCursor = cursor;
  drag.startAngle = swingAngle(doc, side, camera, cursor, viewport);
  return drag;
}

std::optional<float> thighDragDegrees(const ThighDrag& drag, const PosedModel& doc,
                                      const OrbitCamera& camera, glm::vec2 cursor,
                                      glm::vec2 viewport, float degreesPerPixel) {
  float degrees;
  if (drag.startAngle) {
    const auto angle = swingAngle(doc, drag.side, camera, cursor, viewport);
    if (!angle) return std::nullopt;
    float turn = *angle - *drag.startAngle;
    if (turn > 180.0f) turn -= 360.0f;
    if (turn < -180.0f) turn += 360.0f;
    degrees = drag.startDegrees + turn;
  } else {
    degrees = drag.startDegrees - (cursor.y - drag.startCursor.y) * degreesPerPixel;
  }
  return std::clamp(degrees, kMinHipFlexion, kMaxHipFlexion);
}
}  // namespace pe
