#include "app/CameraController.h"

#include <algorithm>
#include <cmath>

namespace pe {
void CameraController::configure(const CameraSettings& settings) {
  settings_ = settings;
  camera.fovYDegrees = settings.fovDegrees;
}

void CameraController::orbitDrag(glm::vec2 delta) {
  transitionActive_ = false;
  camera.orbit(-delta.x * settings_.orbitRadiansPerPixel,
               -delta.y * settings_.orbitRadiansPerPixel);
}

void CameraController::panDrag(glm::vec2 delta, glm::vec2 viewport) {
  transitionActive_ = false;
  camera.pan(delta.x, delta.y, viewport.y);
}

void CameraController::wheel(float notches, glm::vec2 cursor, glm::vec2 viewport) {
  transitionActive_ = false;
  const float factor = std::pow(settings_.zoomStepFactor, -notches);
  camera.zoomToward(factor, toNdc(cursor, viewport), viewport.x / std::max(viewport.y, 1.0f));
}

void CameraController::transitionTo(const CameraPose& target, float maxSeconds) {
  duration_ = std::min(settings_.transitionSeconds, maxSeconds);
  if (duration_ <= 0.0f) {
    camera.pose = target;
    transitionActive_ = false;
    return;
  }
  from_ = camera.pose;
  to_ = target;
  elapsed_ = 0.0f;
  transitionActive_ = true;
}

void CameraController::showPreset(ViewPreset preset, const Bounds& bounds, float aspect) {
  OrbitCamera goal = camera;
  goal.pose.orientation = viewPresetOrientation(preset);
  transitionTo(bounds.valid() ? goal.framed(bounds, aspect) : goal.pose);
}

void CameraController::frame(const Bounds& bounds, float aspect) {
  if (bounds.valid()) transitionTo(camera.framed(bounds, aspect));
}

void CameraController::centreOn(const glm::vec3& point) {
  CameraPose goal = camera.pose;
  goal.distance = glm::length(camera.eye() - point);
  goal.target = point;
  transitionTo(goal);
}

bool CameraController::update(float dt) {
  if (!transitionActive_) return false;
  elapsed_ += dt;
  const float t = std::min(1.0f, elapsed_ / duration_);
  camera.pose = blendPoses(from_, to_, t);
  if (t >= 1.0f) transitionActive_ = false;
  return true;
}

glm::vec2 CameraController::toNdc(glm::vec2 cursor, glm::vec2 viewport) {
  return windowToNdc(cursor, viewport);
}
}  // namespace pe
