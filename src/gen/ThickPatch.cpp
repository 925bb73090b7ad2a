#include "gen/ThickPatch.h"

#include <algorithm>
#include <array>

namespace pe::gen {
namespace {
// Closest point on triangle abc to p, as barycentric weights (Ericson, Real-Time Collision
// Detection 5.1.5).
glm::vec3 closestBarycentric(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b,
                             const glm::vec3& c) {
  const glm::vec3 ab = b - a, ac = c - a, ap = p - a;
  const float d1 = glm::dot(ab, ap), d2 = glm::dot(ac, ap);
  if (d1 <= 0 && d2 <= 0) return {1, 0, 0};
  const glm::vec3 bp = p - b;
  const float d3 = glm::dot(ab, bp), d4 = glm::dot(ac, bp);
  if (d3 >= 0 && d4 <= d3) return {0, 1, 0};
  const float vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) {
    const float v = d1 / (d1 - d3);
    return {1 - v, v, 0};
  }
  const glm::vec3 cp = p - c;
  const float d5 = glm::dot(ab, cp), d6 = glm::dot(ac, cp);
  if (d6 >= 0 && d5 <= d6) return {0, 0, 1};
  const float vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) {
    const float w = d2 / (d2 - d6);
    return {1 - w, 0, w};
  }
  const float va = d3 * d6 - d5 * d4;
  if (va <= 0 && (d4 - d3) >= 0 && (d5 - d6) >= 0) {
    const float w = (d4 - d3) / ((d4 - d3) + (d5 - d6));
    return {0, 1 - w, w};
  }
  const float denom = 1.0f / (va + vb + vc);
  const float v = vb * denom, w = vc * denom;
  return {1 - v - w, v, w};
}
}  // namespace

glm::vec3 catmullRom(const std::vector<glm::vec3>& pts, float t) {
  const int n = static_cast<int>(pts.size());
  const float s = std::clamp(t, 0.0f, 1.0f) * static_cast<float>(n - 1);
  const int i = std::min(static_cast<int>(s), n - 2);
  const float f = s - static_cast<float>(i);
  const glm::vec3 p0 = pts[std::max(i - 1, 0)], p1 = pts[i], p2 = pts[i + 1],
                  p3 = pts[std::min(i + 2, n - 1)];
  const float f2 = f * f, f3 = f2 * f;
  return 0.5f * ((2.0f * p1) + (-p0 + p2) * f + (2.0f * p0 - 5.0f * p1 + 4.0f * p2 - p3) * f2 +
                 (-p0 + 3.0f * p1 - 3.0f * p2 + p3) * f3);
}

ThickPatch::ThickPatch(const std::function<glm::vec3(float, float)>& surface,
                       const std::function<float(float, float)>& radius, int nu, int nv)
    : nu_(nu), nv_(nv) {
  for (int j = 0; j <= nv; ++j)
    for (int i = 0; i <= nu; ++i) {
      const float u = static_cast<float>(i) / nu, v = static_cast<float>(j) / nv;
      points_.push_back(surface(u, v));
      radii_.push_back(radius(u, v));
    }
}

Box3 ThickPatch::bounds() const {
  Box3 b;
  float r = 0.0f;
  for (const auto& p : points_) b.add(p);
  for (float x : radii_) r = std::max(r, x);
  b.pad(r);
  return b;
}

float ThickPatch::distance(const glm::vec3& p) const {
  // The nearest grid point picks the neighbourhood; exact distances to the triangles there.
  size_t nearest = 0;
  float best = 1e30f;
  for (size_t k = 0; k < points_.size(); ++k) {
    const glm::vec3 d = points_[k] - p;
    const float d2 = glm::dot(d, d);
    if (d2 < best) best = d2, nearest = k;
  }
  const int ni = static_cast<int>(nearest % (nu_ + 1)), nj = static_cast<int>(nearest / (nu_ + 1));
  float result = 1e30f;
  for (int j = std::max(nj - 2, 0); j < std::min(nj + 2, nv_); ++j)
    for (int i = std::max(ni - 2, 0); i < std::min(ni + 2, nu_); ++i) {
      const size_t a = index(i, j), b = index(i + 1, j), c = index(i + 1, j + 1),
                   d = index(i, j + 1);
      for (const auto& tri : {std::array<size_t, 3>{a, b, c}, std::array<size_t, 3>{a, c, d}}) {
        const glm::vec3 w =
            closestBarycentric(p, points_[tri[0]], points_[tri[1]], points_[tri[2]]);
        const glm::vec3 q = w.x * points_[tri[0]] + w.y * points_[tri[1]] + w.z * points_[tri[2]];
        const float r = w.x * radii_[tri[0]] + w.y * radii_[tri[1]] + w.z * radii_[tri[2]];
        result = std::min(result, glm::length(p - q) - r);
      }
    }
  return result;
}
}  // namespace pe::gen
