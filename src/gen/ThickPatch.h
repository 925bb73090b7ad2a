// A curved plate of varying thickness: a parametric surface sampled on a grid, thickened by a
// radius that varies over it. Suits the ilium (iliac fossa and crest) and the sacrum's lateral
// masses. Distances are exact to the sampled triangles, so the surface is smooth where the grid
// is fine.
#pragma once
#include <functional>
#include <memory>
#include <vector>

#include "gen/Sdf.h"

namespace pe::gen {
class ThickPatch {
 public:
  // surface(u, v) and radius(u, v) for u, v in [0, 1], sampled on (nu + 1) x (nv + 1) points.
  ThickPatch(const std::function<glm::vec3(float, float)>& surface,
             const std::function<float(float, float)>& radius, int nu, int nv);
  float distance(const glm::vec3& p) const;
  Box3 bounds() const;
  glm::vec3 at(int i, int j) const { return points_[index(i, j)]; }

 private:
  size_t index(int i, int j) const { return static_cast<size_t>(j) * (nu_ + 1) + i; }
  int nu_, nv_;
  std::vector<glm::vec3> points_;
  std::vector<float> radii_;
};

// Catmull-Rom curve through the points (uniform), evaluated at t in [0, 1].
glm::vec3 catmullRom(const std::vector<glm::vec3>& points, float t);
}  // namespace pe::gen
