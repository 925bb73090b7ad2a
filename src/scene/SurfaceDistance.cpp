#include "scene/SurfaceDistance.h"

#include <algorithm>
#include <cmath>
#include <random>

#include <glm/geometric.hpp>
#include <glm/gtc/quaternion.hpp>

#include "scene/Model.h"
#include "scene/TriangleBvh.h"

namespace pe {
double TriangleMesh::area() const {
  double sum = 0;
  for (size_t i = 0; i + 2 < corners.size(); i += 3)
    sum += 0.5 * glm::length(glm::cross(corners[i + 1] - corners[i], corners[i + 2] - corners[i]));
  return sum;
}

TriangleMesh TriangleMesh::transformed(const glm::mat4& m) const {
  TriangleMesh out;
  out.corners.reserve(corners.size());
  for (const glm::vec3& c : corners) out.corners.push_back(glm::vec3(m * glm::vec4(c, 1.0f)));
  return out;
}

struct ClosestPointIndex::Impl {
  TriangleBvh bvh;
};

namespace {
TriangleBvh bvhOf(const TriangleMesh& mesh) {
  std::vector<uint32_t> corners(mesh.corners.size());
  for (uint32_t i = 0; i < corners.size(); ++i) corners[i] = i;
  return TriangleBvh(mesh.corners, std::move(corners));
}
}  // namespace

ClosestPointIndex::ClosestPointIndex(const TriangleMesh& mesh)
    : impl_(std::make_unique<Impl>(Impl{bvhOf(mesh)})) {}
ClosestPointIndex::~ClosestPointIndex() = default;
double ClosestPointIndex::distance(const glm::vec3& point) const {
  return impl_->bvh.closestDistance(point);
}

std::vector<glm::vec3> sampleSurface(const TriangleMesh& mesh, size_t count, unsigned seed) {
  std::vector<double> cumulative;
  double total = 0;
  for (size_t i = 0; i + 2 < mesh.corners.size(); i += 3) {
    total += 0.5 * glm::length(glm::cross(mesh.corners[i + 1] - mesh.corners[i],
                                          mesh.corners[i + 2] - mesh.corners[i]));
    cumulative.push_back(total);
  }
  std::vector<glm::vec3> out;
  if (cumulative.empty() || total <= 0) return out;
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  for (size_t s = 0; s < count; ++s) {
    const size_t t =
        std::min(cumulative.size() - 1,
                 size_t(std::lower_bound(cumulative.begin(), cumulative.end(), unit(rng) * total) -
                        cumulative.begin()));
    double u = unit(rng), v = unit(rng);
    if (u + v > 1) u = 1 - u, v = 1 - v;
    const glm::vec3 &a = mesh.corners[3 * t], &b = mesh.corners[3 * t + 1],
                    &c = mesh.corners[3 * t + 2];
    out.push_back(a + float(u) * (b - a) + float(v) * (c - a));
  }
  return out;
}

DistanceStats symmetricSurfaceDistance(const TriangleMesh& a, const TriangleMesh& b,
                                       size_t samples) {
  std::vector<double> d;
  const ClosestPointIndex toA(a), toB(b);
  for (const glm::vec3& p : sampleSurface(a, samples, 1)) d.push_back(toB.distance(p));
  for (const glm::vec3& p : sampleSurface(b, samples, 2)) d.push_back(toA.distance(p));
  DistanceStats stats;
  if (d.empty()) return stats;
  double sum = 0;
  for (double x : d) sum += x;
  stats.mean = sum / static_cast<double>(d.size());
  std::sort(d.begin(), d.end());
  stats.p95 = d[std::min(d.size() - 1, static_cast<size_t>(0.95 * static_cast<double>(d.size())))];
  stats.max = d.back();
  return stats;
}

glm::mat4 rigidAlignment(const std::vector<glm::vec3>& from, const std::vector<glm::vec3>& to) {
  const size_t n = std::min(from.size(), to.size());
  glm::dvec3 cf(0.0), ct(0.0);
  for (size_t i = 0; i < n; ++i) cf += glm::dvec3(from[i]), ct += glm::dvec3(to[i]);
  cf /= double(n);
  ct /= double(n);
  double S[3][3] = {};
  for (size_t i = 0; i < n; ++i) {
    const glm::dvec3 a = glm::dvec3(from[i]) - cf, b = glm::dvec3(to[i]) - ct;
    for (int r = 0; r < 3; ++r)
      for (int c = 0; c < 3; ++c) S[r][c] += a[r] * b[c];
  }
  // Horn's symmetric 4x4 matrix; its top eigenvector is the rotation quaternion (w, x, y, z).
  const double N[4][4] = {
      {S[0][0] + S[1][1] + S[2][2], S[1][2] - S[2][1], S[2][0] - S[0][2], S[0][1] - S[1][0]},
      {S[1][2] - S[2][1], S[0][0] - S[1][1] - S[2][2], S[0][1] + S[1][0], S[2][0] + S[0][2]},
      {S[2][0] - S[0][2], S[0][1] + S[1][0], -S[0][0] + S[1][1] - S[2][2], S[1][2] + S[2][1]},
      {S[0][1] - S[1][0], S[2][0] + S[0][2], S[1][2] + S[2][1], -S[0][0] - S[1][1] + S[2][2]}};
  // Power iteration on N + shift*I (all eigenvalues made positive) finds the largest one.
  double shift = 0;
  for (auto& row : N)
    for (double v : row) shift += std::abs(v);
  double q[4] = {1, 0.1, 0.1, 0.1};
  for (int iter = 0; iter < 2000; ++iter) {
    double next[4] = {};
    for (int r = 0; r < 4; ++r) {
      for (int c = 0; c < 4; ++c) next[r] += N[r][c] * q[c];
      next[r] += shift * q[r];
    }
    const double len =
        std::sqrt(next[0] * next[0] + next[1] * next[1] + next[2] * next[2] + next[3] * next[3]);
    for (int r = 0; r < 4; ++r) q[r] = next[r] / len;
  }
  const glm::dquat rotation(q[0], q[1], q[2], q[3]);
  const glm::dmat3 R = glm::mat3_cast(rotation);
  const glm::dvec3 t = ct - R * cf;
  glm::mat4 m = glm::mat4(glm::mat3(R));
  m[3] = glm::vec4(glm::vec3(t), 1.0f);
  return m;
}
}  // namespace pe
