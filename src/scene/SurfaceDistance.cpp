#include "scene/SurfaceDistance.h"

#include <algorithm>
#include <cmath>
#include <random>

#include <glm/geometric.hpp>
#include <glm/gtc/quaternion.hpp>

#include "scene/Model.h"

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

namespace {
// Closest point on triangle abc to p (Ericson, Real-Time Collision Detection, 5.1.5).
glm::vec3 closestOnTriangle(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b,
                            const glm::vec3& c) {
  const glm::vec3 ab = b - a, ac = c - a, ap = p - a;
  const float d1 = glm::dot(ab, ap), d2 = glm::dot(ac, ap);
  if (d1 <= 0 && d2 <= 0) return a;
  const glm::vec3 bp = p - b;
  const float d3 = glm::dot(ab, bp), d4 = glm::dot(ac, bp);
  if (d3 >= 0 && d4 <= d3) return b;
  const float vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return a + ab * (d1 / (d1 - d3));
  const glm::vec3 cp = p - c;
  const float d5 = glm::dot(ab, cp), d6 = glm::dot(ac, cp);
  if (d6 >= 0 && d5 <= d6) return c;
  const float vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return a + ac * (d2 / (d2 - d6));
  const float va = d3 * d6 - d5 * d4;
  if (va <= 0 && (d4 - d3) >= 0 && (d5 - d6) >= 0)
    return b + (c - b) * ((d4 - d3) / ((d4 - d3) + (d5 - d6)));
  const float denom = 1.0f / (va + vb + vc);
  return a + ab * (vb * denom) + ac * (vc * denom);
}

float boxDistanceSquared(const Bounds& b, const glm::vec3& p) {
  const glm::vec3 d = glm::max(glm::max(b.min - p, p - b.max), glm::vec3(0.0f));
  return glm::dot(d, d);
}
}  // namespace

struct ClosestPointIndex::Impl {
  struct Node {
    Bounds box;
    uint32_t start = 0, count = 0, left = 0, right = 0;
  };
  const TriangleMesh& mesh;
  std::vector<uint32_t> order;
  std::vector<Node> nodes;

  explicit Impl(const TriangleMesh& m) : mesh(m) {
    const uint32_t n = static_cast<uint32_t>(m.triangleCount());
    order.resize(n);
    for (uint32_t t = 0; t < n; ++t) order[t] = t;
    if (n) build(0, n);
  }
  glm::vec3 centre(uint32_t t) const {
    return (mesh.corners[3 * t] + mesh.corners[3 * t + 1] + mesh.corners[3 * t + 2]) / 3.0f;
  }
  uint32_t build(uint32_t start, uint32_t count) {
    const uint32_t index = static_cast<uint32_t>(nodes.size());
    nodes.emplace_back();
    Bounds box, centres;
    for (uint32_t i = start; i < start + count; ++i) {
      for (int k = 0; k < 3; ++k) box.add(mesh.corners[3 * order[i] + k]);
      centres.add(centre(order[i]));
    }
    nodes[index].box = box;
    if (count <= 8) {
      nodes[index].start = start;
      nodes[index].count = count;
      return index;
    }
    const glm::vec3 e = centres.size();
    const int axis = e.x > e.y ? (e.x > e.z ? 0 : 2) : (e.y > e.z ? 1 : 2);
    const uint32_t half = count / 2;
    std::nth_element(order.begin() + start, order.begin() + start + half,
                     order.begin() + start + count,
                     [&](uint32_t a, uint32_t b) { return centre(a)[axis] < centre(b)[axis]; });
    const uint32_t left = build(start, half);
    const uint32_t right = build(start + half, count - half);
    nodes[index].left = left;
    nodes[index].right = right;
    return index;
  }
  double distance(const glm::vec3& p) const {
    float best = 1e30f;
    std::vector<uint32_t> stack = {0};
    while (!stack.empty()) {
      const Node& node = nodes[stack.back()];
      stack.pop_back();
      if (boxDistanceSquared(node.box, p) >= best) continue;
      if (node.count) {
        for (uint32_t i = node.start; i < node.start + node.count; ++i) {
          const uint32_t t = order[i];
          const glm::vec3 q = closestOnTriangle(p, mesh.corners[3 * t], mesh.corners[3 * t + 1],
                                                mesh.corners[3 * t + 2]);
          best = std::min(best, glm::dot(q - p, q - p));
        }
      } else {
        // Nearer child last, so it is searched first.
        const bool leftFirst = boxDistanceSquared(nodes[node.left].box, p) <
                               boxDistanceSquared(nodes[node.right].box, p);
        stack.push_back(leftFirst ? node.right : node.left);
        stack.push_back(leftFirst ? node.left : node.right);
      }
    }
    return std::sqrt(static_cast<double>(best));
  }
};

ClosestPointIndex::ClosestPointIndex(const TriangleMesh& mesh)
    : impl_(std::make_unique<Impl>(mesh)) {}
ClosestPointIndex::~ClosestPointIndex() = default;
double ClosestPointIndex::distance(const glm::vec3& point) const {
  return impl_->distance(point);
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
