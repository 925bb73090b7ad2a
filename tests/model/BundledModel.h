// The bundled model (assets/lumbopelvic.glb) loaded once for the model tests, with helpers that
// measure it in millimetres in the model frame: world-space vertices and triangles of a
// structure (skinned ones skinned), landmark positions, posing by hip flexion angle.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "scene/Model.h"
#include "scene/Pose.h"
#include "scene/StructureIndex.h"
#include "scene/TriangleBvh.h"
#include "scene/TriangleMesh.h"

namespace pe::test {
class BundledModel {
 public:
  static const BundledModel& get();
  static std::string path();

  const Model& model() const { return *model_; }
  const StructureIndex& index() const { return index_; }
  const Pose& rest() const { return rest_; }

  // Throws when the id is not in the model.
  const Structure& structure(const std::string& id) const;
  std::vector<glm::vec3> vertices(const std::string& id, const Pose& pose) const;  // mm
  std::vector<uint32_t> triangles(const std::string& id) const;                    // corners
  TriangleMesh mesh(const std::string& id, const Pose& pose) const;                // mm
  glm::vec3 landmark(const std::string& id, const Pose& pose) const;               // mm
  // The hip_flexion_both clip at the time its flexion first reaches `degrees` (0..120);
  // below 0 (extension, down to -20) the clip's rotations scaled to that angle.
  Pose flexed(float degrees) const;
  // Each hip set by the rig (as the pose controls do), degrees from -20 to 120.
  Pose hips(float left, float right) const;

 private:
  BundledModel();
  std::unique_ptr<Model> model_;
  StructureIndex index_;
  Pose rest_;
};

// Whether a point lies inside the closed mesh in `tree`: an odd number of crossings along a ray.
bool insideClosedMesh(const TriangleBvh& tree, const glm::vec3& p);

// Signed volume enclosed by a closed triangle mesh.
double enclosedVolume(const std::vector<glm::vec3>& vertices, const std::vector<uint32_t>& corners);
}  // namespace pe::test
