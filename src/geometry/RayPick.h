// CPU ray casting against the posed model: what is under the cursor, and where.
#pragma once
#include <map>
#include <memory>
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
class ModelPicker;

// With an accelerator, static primitives are tested through their BVH.
std::optional<RayHit> pickRay(const Model& model, const Pose& pose, int scene,
                              const glm::vec3& origin, const glm::vec3& direction,
                              const std::vector<NodeAppearance>* appearance = nullptr,
                              const ModelPicker* accelerator = nullptr);

class TriangleBvh;

// BVHs of a model's triangle primitives for hover picking: static ones built once, skinned
// ones per pose; morphed primitives are tested triangle by triangle. The model must outlive
// the picker.
class ModelPicker {
 public:
  explicit ModelPicker(const Model& model);
  ~ModelPicker();
  std::optional<RayHit> pick(const Pose& pose, int scene, const glm::vec3& origin,
                             const glm::vec3& direction,
                             const std::vector<NodeAppearance>* appearance = nullptr) const;
  const TriangleBvh* bvh(int mesh, int primitive) const;  // nullptr for deformed primitives
  // A skinned primitive (without morph targets) posed in world space, built on first use and
  // kept until the pose of its joints changes: hover picking on a still model stays fast.
  const TriangleBvh* posedBvh(int node, int primitive, const Pose& pose) const;

 private:
  struct PosedEntry {
    std::vector<glm::mat4> joints;
    std::unique_ptr<TriangleBvh> tree;
  };
  const Model& model_;
  std::vector<std::vector<std::unique_ptr<TriangleBvh>>> bvhs_;
  mutable std::map<std::pair<int, int>, PosedEntry> posed_;
};
}  // namespace pe
