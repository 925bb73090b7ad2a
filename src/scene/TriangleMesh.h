// A plain triangle soup for measuring shapes (reference meshes, generated structures).
#pragma once
#include <vector>

#include <glm/mat4x4.hpp>
#include <glm/vec3.hpp>

namespace pe {
struct TriangleMesh {
  std::vector<glm::vec3> corners;  // 3 per triangle

  size_t triangleCount() const { return corners.size() / 3; }
  double area() const;
  TriangleMesh transformed(const glm::mat4& m) const;
};
}  // namespace pe
