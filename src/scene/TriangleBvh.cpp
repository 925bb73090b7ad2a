#include "scene/TriangleBvh.h"

#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>

namespace pe {
namespace {
constexpr uint32_t kLeafSize = 8;

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

std::optional<float> rayTriangle(const glm::vec3& o, const glm::vec3& d, const glm::vec3& a,
                                 const glm::vec3& b, const glm::vec3& c) {
  const glm::vec3 e1 = b - a, e2 = c - a;
  const glm::vec3 p = glm::cross(d, e2);
  const float det = glm::dot(e1, p);
  if (std::abs(det) < 1e-20f) return std::nullopt;
  const float inv = 1.0f / det;
  const glm::vec3 s = o - a;
  const float u = glm::dot(s, p) * inv;
  if (u < 0.0f || u > 1.0f) return std::nullopt;
  const glm::vec3 q = glm::cross(s, e1);
  const float v = glm::dot(d, q) * inv;
  if (v < 0.0f || u + v > 1.0f) return std::nullopt;
  const float t = glm::dot(e2, q) * inv;
  return t > 0.0f ? std::optional<float>(t) : std::nullopt;
}

bool rayHitsBox(const Bounds& b, const glm::vec3& o, const glm::vec3& d, float maxT) {
  float t0 = 0.0f, t1 = maxT;
  for (int a = 0; a < 3; ++a) {
    if (std::abs(d[a]) < 1e-20f) {
      if (o[a] < b.min[a] || o[a] > b.max[a]) return false;
      continue;
    }
    const float inv = 1.0f / d[a];
    float near = (b.min[a] - o[a]) * inv, far = (b.max[a] - o[a]) * inv;
    if (near > far) std::swap(near, far);
    t0 = std::max(t0, near);
    t1 = std::min(t1, far);
    if (t0 > t1) return false;
  }
  return true;
}

TriangleBvh::TriangleBvh(const Primitive& primitive)
    : TriangleBvh(primitive.positions, primitive.triangleCorners()) {}

TriangleBvh::TriangleBvh(std::vector<glm::vec3> positions, std::vector<uint32_t> corners)
    : positions_(std::move(positions)), corners_(std::move(corners)) {
  buildTree();
}

void TriangleBvh::buildTree() {
  const uint32_t triangles = static_cast<uint32_t>(corners_.size() / 3);
  order_.resize(triangles);
  std::vector<glm::vec3> centroids(triangles);
  for (uint32_t t = 0; t < triangles; ++t) {
    order_[t] = t;
    centroids[t] = (positions_[corners_[3 * t]] + positions_[corners_[3 * t + 1]] +
                    positions_[corners_[3 * t + 2]]) /
                   3.0f;
  }
  if (triangles > 0) {
    nodes_.reserve(2 * triangles / kLeafSize + 1);
    build(0, triangles, centroids);
  }
}

uint32_t TriangleBvh::build(uint32_t start, uint32_t count, std::vector<glm::vec3>& centroids) {
  const uint32_t index = static_cast<uint32_t>(nodes_.size());
  nodes_.emplace_back();
  Bounds box, centres;
  for (uint32_t i = start; i < start + count; ++i) {
    const uint32_t t = order_[i];
    for (int k = 0; k < 3; ++k) box.add(positions_[corners_[3 * t + k]]);
    centres.add(centroids[t]);
  }
  nodes_[index].box = box;
  if (count <= kLeafSize) {
    nodes_[index].start = start;
    nodes_[index].count = count;
    return index;
  }
  // Median split along the longest extent of the triangle centres.
  const glm::vec3 extent = centres.size();
  const int axis =
      extent.x > extent.y ? (extent.x > extent.z ? 0 : 2) : (extent.y > extent.z ? 1 : 2);
  const uint32_t half = count / 2;
  std::nth_element(order_.begin() + start, order_.begin() + start + half,
                   order_.begin() + start + count,
                   [&](uint32_t a, uint32_t b) { return centroids[a][axis] < centroids[b][axis]; });
  const uint32_t left = build(start, half, centroids);
  const uint32_t right = build(start + half, count - half, centroids);
  nodes_[index].left = left;
  nodes_[index].right = right;
  return index;
}

std::optional<float> TriangleBvh::intersect(const glm::vec3& origin, const glm::vec3& direction,
                                            float maxT) const {
  std::optional<float> best;
  if (nodes_.empty()) return best;
  uint32_t stack[64];
  int top = 0;
  stack[top++] = 0;
  while (top > 0) {
    const Node& node = nodes_[stack[--top]];
    if (!rayHitsBox(node.box, origin, direction, best ? *best : maxT)) continue;
    if (node.count > 0) {
      for (uint32_t i = node.start; i < node.start + node.count; ++i) {
        const uint32_t t = order_[i];
        auto hit = rayTriangle(origin, direction, positions_[corners_[3 * t]],
                               positions_[corners_[3 * t + 1]], positions_[corners_[3 * t + 2]]);
        if (hit && *hit < maxT && (!best || *hit < *best)) best = hit;
      }
    } else if (top + 2 <= 64) {
      stack[top++] = node.left;
      stack[top++] = node.right;
    }
  }
  return best;
}
double TriangleBvh::closestDistance(const glm::vec3& p) const {
  float best = 1e30f;
  if (nodes_.empty()) return best;
  std::vector<uint32_t> stack = {0};
  while (!stack.empty()) {
    const Node& node = nodes_[stack.back()];
    stack.pop_back();
    if (boxDistanceSquared(node.box, p) >= best) continue;
    if (node.count > 0) {
      for (uint32_t i = node.start; i < node.start + node.count; ++i) {
        const uint32_t t = order_[i];
        const glm::vec3 q =
            closestOnTriangle(p, positions_[corners_[3 * t]], positions_[corners_[3 * t + 1]],
                              positions_[corners_[3 * t + 2]]);
        best = std::min(best, glm::dot(q - p, q - p));
      }
    } else {
      // The nearer child goes on the stack last, so it is searched first.
      const bool leftFirst = boxDistanceSquared(nodes_[node.left].box, p) <
                             boxDistanceSquared(nodes_[node.right].box, p);
      stack.push_back(leftFirst ? node.right : node.left);
      stack.push_back(leftFirst ? node.left : node.right);
    }
  }
  return std::sqrt(static_cast<double>(best));
}
}  // namespace pe
