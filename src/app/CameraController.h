// Turns mouse and keyboard input into camera motion, with smooth transitions for presets,
// framing and centring. No GLFW in here: the viewer passes plain numbers.
#pragma once
#include "core/Settings.h"
#include "scene/OrbitCamera.h"

namespace pe {
class CameraController {
 public:
  OrbitCamera camera;

  void configure(const CameraSettings& settings);
  // Drags in window pixels; the viewport is the window size in the same units.
  void orbitDrag(glm::vec2 delta);
  void panDrag(glm::vec2 delta, glm::vec2 viewport);
  void wheel(float notches, glm::vec2 cursor, glm::vec2 viewport);
  // Animates to `target` over the configured transition time, at most maxSeconds (instantly
  // when 0).
  void transitionTo(const CameraPose& target, float maxSeconds = 10.0f);
  void showPreset(ViewPreset preset, const Bounds& bounds, float aspect);
  void frame(const Bounds& bounds, float aspect);
  void centreOn(const glm::vec3& point);
  // Advances a transition; true while the camera is still moving.
  bool update(float dt);
  bool transitioning() const { return transitionActive_; }
  // The cursor position (window pixels) as normalized device coordinates.
  static glm::vec2 toNdc(glm::vec2 cursor, glm::vec2 viewport);

 private:
  CameraSettings settings_;
  CameraPose from_, to_;
  float elapsed_ = 0.0f;
  float duration_ = 0.0f;
  bool transitionActive_ = false;
};
}  // namespace pe
