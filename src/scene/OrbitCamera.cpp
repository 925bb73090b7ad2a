#include "scene/OrbitCamera.h"

#include <algorithm>
#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

namespace pe {
namespace {
const glm::vec3 kWorldUp{0.0f, 1.0f, 0.0f};

struct PresetEntry {
  ViewPreset preset;
  const char* name;
};
const PresetEntry kPresets[] = {
    {ViewPreset::Anterior, "anterior"}, {ViewPreset::Posterior, "posterior"},
    {ViewPreset::Left, "left"},         {ViewPreset::Right, "right"},
    {ViewPreset::Superior, "superior"}, {ViewPreset::Inferior, "inferior"},
};
}  // namespace

std::optional<ViewPreset> parseViewPreset(const std::string& name) {
  for (const PresetEntry& e : kPresets)
    if (name == e.name) return e.preset;
  return std::nullopt;
}

const char* viewPresetName(ViewPreset preset) {
  for (const PresetEntry& e : kPresets)
    if (preset == e.preset) return e.name;
  return "?";
}

CameraAngles viewPresetAngles(ViewPreset preset) {
  switch (preset) {
    case ViewPreset::Anterior:
      return {0.0f, 0.0f};
    case ViewPreset::Posterior:
      return {180.0f, 0.0f};
    case ViewPreset::Left:
      return {90.0f, 0.0f};
    case ViewPreset::Right:
      return {-90.0f, 0.0f};
    // Looking down from above and up from below, anterior at the top of the screen.
    case ViewPreset::Superior:
      return {180.0f, 90.0f};
    case ViewPreset::Inferior:
      return {0.0f, -90.0f};
  }
  return {};
}

glm::quat orientationFromAngles(const CameraAngles& a) {
  return glm::normalize(glm::angleAxis(glm::radians(a.azimuth), kWorldUp) *
                        glm::angleAxis(glm::radians(-a.elevation), glm::vec3(1, 0, 0)));
}

CameraAngles anglesOf(const glm::quat& orientation) {
  // right = (cos az, 0, -sin az); the eye lies at (cos el sin az, sin el, cos el cos az).
  const glm::vec3 right = orientation * glm::vec3(1, 0, 0);
  const glm::vec3 back = orientation * glm::vec3(0, 0, 1);
  const glm::vec3 up = orientation * glm::vec3(0, 1, 0);
  CameraAngles a;
  a.azimuth = glm::degrees(std::atan2(-right.z, right.x));
  a.elevation = glm::degrees(std::atan2(back.y, up.y));
  return a;
}

glm::quat viewPresetOrientation(ViewPreset preset) {
  return orientationFromAngles(viewPresetAngles(preset));
}

glm::vec3 OrbitCamera::eye() const {
  return pose.target + pose.orientation * glm::vec3(0, 0, pose.distance);
}
glm::vec3 OrbitCamera::forward() const {
  return pose.orientation * glm::vec3(0, 0, -1);
}
glm::vec3 OrbitCamera::right() const {
  return pose.orientation * glm::vec3(1, 0, 0);
}
glm::vec3 OrbitCamera::up() const {
  return pose.orientation * glm::vec3(0, 1, 0);
}

glm::mat4 OrbitCamera::view() const {
  glm::mat4 rotation = glm::mat4_cast(glm::conjugate(pose.orientation));
  return glm::translate(glm::mat4(1.0f), glm::vec3(0, 0, -pose.distance)) * rotation *
         glm::translate(glm::mat4(1.0f), -pose.target);
}

glm::mat4 OrbitCamera::projection(float aspect, const Bounds& scene) const {
  float radius = scene.valid() ? glm::length(scene.size()) * 0.5f : 1.0f;
  float centerDistance = scene.valid() ? glm::length(scene.center() - eye()) : pose.distance;
  float farPlane = std::max(centerDistance + radius * 1.5f, 1e-3f);
  float nearPlane = std::max(centerDistance - radius * 1.5f, farPlane * 1e-4f);
  return glm::translate(glm::mat4(1.0f), glm::vec3(lensShift, 0.0f, 0.0f)) *
         glm::perspective(glm::radians(fovYDegrees), std::max(aspect, 1e-3f), nearPlane, farPlane);
}

glm::mat4 OrbitCamera::screenProjection(float aspect) const {
  return glm::translate(glm::mat4(1.0f), glm::vec3(lensShift, 0.0f, 0.0f)) *
         glm::perspective(glm::radians(fovYDegrees), std::max(aspect, 1e-3f), 0.001f, 1000.0f);
}

void OrbitCamera::orbit(float yawRadians, float pitchRadians) {
  glm::quat yaw = glm::angleAxis(yawRadians, kWorldUp);
  glm::quat pitch = glm::angleAxis(pitchRadians, glm::vec3(1, 0, 0));
  pose.orientation = glm::normalize(yaw * pose.orientation * pitch);
}

void OrbitCamera::pan(float dxPixels, float dyPixels, float viewportHeight) {
  float worldPerPixel = 2.0f * pose.distance * std::tan(glm::radians(fovYDegrees) * 0.5f) /
                        std::max(viewportHeight, 1.0f);
  pose.target += (-dxPixels * right() + dyPixels * up()) * worldPerPixel;
}

glm::vec3 OrbitCamera::rayDirection(glm::vec2 ndc, float aspect) const {
  float tanHalf = std::tan(glm::radians(fovYDegrees) * 0.5f);
  glm::vec3 local((ndc.x - lensShift) * tanHalf * aspect, ndc.y * tanHalf, -1.0f);
  return glm::normalize(pose.orientation * local);
}

void OrbitCamera::zoomToward(float factor, glm::vec2 cursorNdc, float aspect) {
  // The point under the cursor on the plane through the target stays put on screen.
  glm::vec3 dir = rayDirection(cursorNdc, aspect);
  glm::vec3 onPlane = eye() + dir * (pose.distance / glm::dot(dir, forward()));
  float newDistance = std::clamp(pose.distance * factor, 1e-4f, 1e6f);
  float applied = newDistance / pose.distance;
  pose.target = onPlane + (pose.target - onPlane) * applied;
  pose.distance = newDistance;
}

CameraPose OrbitCamera::framed(const Bounds& bounds, float aspect) const {
  CameraPose out = pose;
  if (!bounds.valid()) return out;
  // Fit the box's eight corners, as seen from the current direction, inside both fields of
  // view: tight framing for slides, whatever the model's proportions.
  const float tanY = std::tan(glm::radians(fovYDegrees) * 0.5f);
  const float tanX = tanY * std::max(aspect, 1e-3f);
  const glm::quat toCamera = glm::conjugate(pose.orientation);
  const glm::vec3 center = bounds.center();
  float distance = 1e-4f;
  for (int i = 0; i < 8; ++i) {
    const glm::vec3 corner((i & 1) ? bounds.max.x : bounds.min.x,
                           (i & 2) ? bounds.max.y : bounds.min.y,
                           (i & 4) ? bounds.max.z : bounds.min.z);
    const glm::vec3 c = toCamera * (corner - center);  // camera looks down -z
    distance = std::max({distance, std::abs(c.x) / tanX + c.z, std::abs(c.y) / tanY + c.z});
  }
  out.target = center;
  out.distance = distance * 1.05f;  // a small margin around the silhouette
  return out;
}

glm::vec2 windowToNdc(glm::vec2 cursor, glm::vec2 viewport) {
  return {2.0f * cursor.x / std::max(viewport.x, 1.0f) - 1.0f,
          1.0f - 2.0f * cursor.y / std::max(viewport.y, 1.0f)};
}

std::vector<glm::vec2> projectToWindow(const std::vector<glm::vec3>& points,
                                       const OrbitCamera& camera, glm::vec2 viewport) {
  const glm::mat4 vp =
      camera.screenProjection(viewport.x / std::max(viewport.y, 1.0f)) * camera.view();
  std::vector<glm::vec2> out;
  for (const auto& p : points) {
    const glm::vec4 c = vp * glm::vec4(p, 1.0f);
    if (c.w <= 1e-6f) continue;
    out.push_back({(c.x / c.w + 1.0f) * 0.5f * viewport.x, (1.0f - c.y / c.w) * 0.5f * viewport.y});
  }
  return out;
}

CameraPose blendPoses(const CameraPose& a, const CameraPose& b, float t) {
  t = std::clamp(t, 0.0f, 1.0f);
  float s = t * t * (3.0f - 2.0f * t);  // ease in and out
  CameraPose out;
  out.target = glm::mix(a.target, b.target, s);
  out.distance = std::exp(glm::mix(std::log(a.distance), std::log(b.distance), s));
  out.orientation = glm::normalize(glm::slerp(a.orientation, b.orientation, s));
  return out;
}
}  // namespace pe
