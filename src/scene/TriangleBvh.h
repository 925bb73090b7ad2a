// A bounding volume hierarchy over triangles: ray picking in well under a millisecond on large
// meshes, and closest-point distances for comparing surfaces.
#pragma once
#include <optional>
#include <vector>

#include "scene/Model.h"

namespace pe {
class TriangleBvh {
 public:
  explicit TriangleBvh(const Primitive& primitive);
  // Triangles given as corner indices (3 per triangle) into positions.
  TriangleBvh(std::vector<glm::vec3> positions, std::vector<uint32_t> corners);

  // Nearest hit distance along origin + t * direction with 0 < t < maxT (direction need not
  // be unit length; t is in its units).
  std::optional<float> intersect(const glm::vec3& origin, const glm::vec3& direction,
                                 float maxT) const;
  // Distance from the point to the nearest point on any triangle.
  double closestDistance(const glm::vec3& point) const;
  size_t triangleCount() const { return corners_.size() / 3; }

 private:
  struct Node {
    Bounds box;
    uint32_t start = 0, count = 0;  // leaf: triangles [start, start + count) of order_
    uint32_t left = 0, right = 0;   // inner: children
  };
  void buildTree();
  uint32_t build(uint32_t start, uint32_t count, std::vector<glm::vec3>& centroids);

  std::vector<glm::vec3> positions_;
  std::vector<uint32_t> corners_;  // 3 per triangle
  std::vector<uint32_t> order_;    // triangle indices, grouped by leaf
  std::vector<Node> nodes_;
};

// Möller-Trumbore ray/triangle test; both faces count. t > 0 only.
std::optional<float> rayTriangle(const glm::vec3& origin, const glm::vec3& direction,
                                 const glm::vec3& a, const glm::vec3& b, const glm::vec3& c);
// Entry distance of the ray into the box within [0, maxT], if it hits.
bool rayHitsBox(const Bounds& box, const glm::vec3& origin, const glm::vec3& direction, float maxT);
}  // namespace pe
