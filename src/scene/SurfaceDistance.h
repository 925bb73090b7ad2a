// How far one surface lies from another: the measure the generated anatomy is held to against
// the BodyParts3D reference (issue 3), and rigid alignment on landmarks before measuring.
#pragma once
#include <memory>
#include <vector>

#include "scene/TriangleMesh.h"

namespace pe {
struct DistanceStats {
  double mean = 0, p95 = 0, max = 0;  // in the meshes' units
};

// Closest-point queries against a fixed mesh.
class ClosestPointIndex {
 public:
  explicit ClosestPointIndex(const TriangleMesh& mesh);
  ~ClosestPointIndex();
  double distance(const glm::vec3& point) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Points spread over the surface in proportion to area, the same for the same seed.
std::vector<glm::vec3> sampleSurface(const TriangleMesh& mesh, size_t count, unsigned seed = 1);

// Symmetric surface distance: `samples` points on each surface measured to the other, pooled.
DistanceStats symmetricSurfaceDistance(const TriangleMesh& a, const TriangleMesh& b,
                                       size_t samples = 20000);

// The rotation and translation (no scale) that best maps `from` onto `to` in least squares
// (Horn's quaternion method); the two lists pair up point by point.
glm::mat4 rigidAlignment(const std::vector<glm::vec3>& from, const std::vector<glm::vec3>& to);
}  // namespace pe
