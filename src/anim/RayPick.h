// CPU ray casting against the posed model: what is under the cursor, and where.
#pragma once
#include <optional>

#include "scene/Pose.h"

namespace pe {
struct RayHit {
  int node = -1;
  int primitive = -1;
  float distance = 0.0f;
  glm::vec3 point{0.0f};
};

// Nearest triangle hit along origin + t * direction (t > 0), skinning and morphs applied.
std::optional<RayHit> pickRay(const Model& model, const Pose& pose, int scene,
                              const glm::vec3& origin, const glm::vec3& direction);
}  // namespace pe
