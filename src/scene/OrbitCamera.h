// An orbit camera around a target point, held as a quaternion so it never flips at the poles.
// Pure maths: the app feeds it mouse deltas, the renderer reads its matrices.
#pragma once
#include <optional>
#include <string>

#include <glm/gtc/quaternion.hpp>
#include <glm/mat4x4.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "scene/Model.h"

namespace pe {
enum class ViewPreset { Anterior, Posterior, Left, Right, Superior, Inferior };

// Parses "anterior", "posterior", "left", "right", "superior", "inferior".
std::optional<ViewPreset> parseViewPreset(const std::string& name);
const char* viewPresetName(ViewPreset preset);
// Orientation that looks at the subject from that side (+Z anterior, +Y superior, +X left).
glm::quat viewPresetOrientation(ViewPreset preset);

struct CameraPose {
  glm::vec3 target{0.0f};
  float distance = 1.0f;
  glm::quat orientation{1.0f, 0.0f, 0.0f, 0.0f};  // camera-to-world rotation
};

class OrbitCamera {
 public:
  CameraPose pose;
  float fovYDegrees = 35.0f;

  glm::vec3 eye() const;
  glm::vec3 forward() const;  // unit view direction
  glm::vec3 right() const;
  glm::vec3 up() const;
  glm::mat4 view() const;
  // Near/far planes fitted to the scene radius so depth precision stays good.
  glm::mat4 projection(float aspect, const Bounds& scene) const;

  // Turntable orbit: horizontal drag turns about world up, vertical about the camera's right.
  void orbit(float yawRadians, float pitchRadians);
  // Moves the target in the view plane by a drag of (dx, dy) pixels in a viewport of height h.
  void pan(float dxPixels, float dyPixels, float viewportHeight);
  // Scales the distance by factor, keeping the point under the cursor fixed on screen.
  // cursorNdc is in [-1, 1] with +y up.
  void zoomToward(float factor, glm::vec2 cursorNdc, float aspect);
  // The camera pose that shows the whole box from the current direction.
  CameraPose framed(const Bounds& bounds, float aspect) const;
  // World ray direction through a point given in normalized device coordinates.
  glm::vec3 rayDirection(glm::vec2 ndc, float aspect) const;
};

// Interpolates between two poses (slerp for orientation), for smooth transitions.
CameraPose blendPoses(const CameraPose& a, const CameraPose& b, float t);
}  // namespace pe
