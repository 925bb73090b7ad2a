// CPU ray casting against the posed model: what is under the cursor, and where.
#pragma once
#include <optional>

#include "scene/Pose.h"
#include "scene/StructureView.h"

namespace pe {
struct RayHit {
  int node = -1;
  int primitive = -1;
  float distance = 0.0f;
  glm::vec3 point{0.0f};
};

// Nodes drawn fainter than this are looked through when picking (ghosted layers).
constexpr float kPickableOpacity = 0.3f;

// Nearest triangle hit along origin + t * direction (t > 0), skinning and morphs applied.
// With `appearance`, hidden nodes and nodes fainter than kPickableOpacity are skipped.
std::optional<RayHit> pickRay(const Model& model, const Pose& pose, int scene,
                              const glm::vec3& origin, const glm::vec3& direction,
                              const std::vector<NodeAppearance>* appearance = nullptr);
}  // namespace pe
