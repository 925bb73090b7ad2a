// An orbit camera around a target point, held as a quaternion so it never flips at the poles.
// Pure maths: the app feeds it mouse deltas, the renderer reads its matrices.
#pragma once
#include <optional>
#include <string>
#include <vector>

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

// A turntable direction: azimuth 0 looks at the front (eye on +Z), 90 from the subject's left
// (+X), 180 from behind; elevation 90 looks down from above. Degrees.
struct CameraAngles {
  float azimuth = 0.0f, elevation = 0.0f;
};
CameraAngles viewPresetAngles(ViewPreset preset);
// Turn about world up by the azimuth, then tilt by the elevation; never rolled.
glm::quat orientationFromAngles(const CameraAngles& angles);
// The angles of an orientation without roll (what orbiting keeps); azimuth in (-180, 180].
CameraAngles anglesOf(const glm::quat& orientation);

struct CameraPose {
  glm::vec3 target{0.0f};
  float distance = 1.0f;
  glm::quat orientation{1.0f, 0.0f, 0.0f, 0.0f};  // camera-to-world rotation
};

class OrbitCamera {
 public:
  CameraPose pose;
  float fovYDegrees = 35.0f;
  // Where the view's centre sits across the image, in normalized device coordinates (0: the
  // middle): a sidebar or presenter text at the left moves the picture into the space left.
  float lensShift = 0.0f;

  glm::vec3 eye() const;
  glm::vec3 forward() const;  // unit view direction
  glm::vec3 right() const;
  glm::vec3 up() const;
  glm::mat4 view() const;
  // Near/far planes fitted to the scene radius so depth precision stays good.
  glm::mat4 projection(float aspect, const Bounds& scene) const;
  // The same with fixed near and far planes, for placing things on the screen.
  glm::mat4 screenProjection(float aspect) const;

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

// A window position (pixels, y down) as normalized device coordinates ([-1, 1], y up).
glm::vec2 windowToNdc(glm::vec2 cursor, glm::vec2 viewport);

// Window positions (pixels, y down) of world points; points behind the camera are left out.
std::vector<glm::vec2> projectToWindow(const std::vector<glm::vec3>& points,
                                       const OrbitCamera& camera, glm::vec2 viewport);

// Interpolates between two poses (slerp for orientation), for smooth transitions.
CameraPose blendPoses(const CameraPose& a, const CameraPose& b, float t);
}  // namespace pe
