#include "gen/SurfaceMesher.h"

#include <array>
#include <cmath>
#include <stdexcept>
#include <string>

#include <meshoptimizer.h>

namespace pe::gen {
namespace {
constexpr int kBlock = 4;  // fine cells per coarse block in the narrow-band pass

struct Grid {
  glm::vec3 origin{0.0f};
  float step = 1.0f;
  int nx = 0, ny = 0, nz = 0;
  std::vector<float> values;
  size_t at(int i, int j, int k) const { return (static_cast<size_t>(k) * ny + j) * nx + i; }
  glm::vec3 point(int i, int j, int k) const {
    return origin +
           step * glm::vec3(static_cast<float>(i), static_cast<float>(j), static_cast<float>(k));
  }
};

// Fills the grid: exact values within a band of the surface, the sign elsewhere.
Grid sampleNarrowBand(const Shape& shape, float step) {
  Grid g;
  Box3 box = shape.bounds;
  box.pad(3.0f * step);
  g.step = step;
  g.origin = box.lo;
  const glm::vec3 size = box.hi - box.lo;
  g.nx = static_cast<int>(std::ceil(size.x / step)) + 1;
  g.ny = static_cast<int>(std::ceil(size.y / step)) + 1;
  g.nz = static_cast<int>(std::ceil(size.z / step)) + 1;
  g.values.assign(static_cast<size_t>(g.nx) * g.ny * g.nz, 0.0f);
  const int bx = (g.nx + kBlock - 1) / kBlock, by = (g.ny + kBlock - 1) / kBlock,
            bz = (g.nz + kBlock - 1) / kBlock;
  const float halfDiagonal = 0.5f * std::sqrt(3.0f) * kBlock * step;
  // Fields here may overestimate distance a little (smooth blends, ellipse estimates): keep a
  // margin.
  const float band = 1.5f * halfDiagonal + 3.0f * step;
  auto work = [&](int bkBegin, int bkEnd) {
    for (int bk = bkBegin; bk < bkEnd; ++bk)
      for (int bj = 0; bj < by; ++bj)
        for (int bi = 0; bi < bx; ++bi) {
          const glm::vec3 centre =
              g.point(bi * kBlock, bj * kBlock, bk * kBlock) + glm::vec3(0.5f * kBlock * step);
          const float dc = shape.field(centre);
          const bool near = std::abs(dc) < band;
          for (int k = bk * kBlock; k < std::min(g.nz, (bk + 1) * kBlock); ++k)
            for (int j = bj * kBlock; j < std::min(g.ny, (bj + 1) * kBlock); ++j)
              for (int i = bi * kBlock; i < std::min(g.nx, (bi + 1) * kBlock); ++i)
                g.values[g.at(i, j, k)] = near ? shape.field(g.point(i, j, k)) : dc;
        }
  };
  work(0, bz);
  return g;
}

glm::vec3 projectToSurface(const Field& field, glm::vec3 p, float maxStep) {
  for (int iteration = 0; iteration < 4; ++iteration) {
    const float d = field(p);
    if (std::abs(d) < 1e-4f) break;
    const glm::vec3 n = fieldGradient(field, p);
    p -= n * std::clamp(d, -maxStep, maxStep);
  }
  return p;
}
}  // namespace

glm::vec3 fieldGradient(const Field& field, const glm::vec3& p, float h) {
  const glm::vec3 g(field(p + glm::vec3(h, 0, 0)) - field(p - glm::vec3(h, 0, 0)),
                    field(p + glm::vec3(0, h, 0)) - field(p - glm::vec3(0, h, 0)),
                    field(p + glm::vec3(0, 0, h)) - field(p - glm::vec3(0, 0, h)));
  const float len = glm::length(g);
  return len > 0.0f ? g / len : glm::vec3(0, 1, 0);
}

// Long on purpose: the mesher's stages (sample, extract, project, weld, simplify) share
// their buffers; split apart they would pass half a dozen arrays around.
GenMesh meshShape(const Shape& shape, const MeshingOptions& options) {
  const Grid g = sampleNarrowBand(shape, options.voxel);
  // A shape that reaches the edge of its box would come out open: that is a bug in its bounds.
  for (int k = 0; k < g.nz; ++k)
    for (int j = 0; j < g.ny; ++j)
      for (int i = 0; i < g.nx; ++i) {
        // The two outer layers: quads are only made for grid edges between interior points.
        const bool edge =
            i <= 1 || j <= 1 || k <= 1 || i >= g.nx - 2 || j >= g.ny - 2 || k >= g.nz - 2;
        if (edge && g.values[g.at(i, j, k)] < 0.0f)
          throw std::runtime_error("a shape reaches the edge of its bounds at (" +
                                   std::to_string(g.point(i, j, k).x) + ", " +
                                   std::to_string(g.point(i, j, k).y) + ", " +
                                   std::to_string(g.point(i, j, k).z) + ")");
      }
  // Surface nets: one vertex per cell the surface crosses, at the mean of its edge crossings.
  const int cx = g.nx - 1, cy = g.ny - 1, cz = g.nz - 1;
  std::vector<int32_t> cellVertex(static_cast<size_t>(cx) * cy * cz, -1);
  auto cellAt = [&](int i, int j, int k) { return (static_cast<size_t>(k) * cy + j) * cx + i; };
  static const int kEdges[12][2] = {{0, 1}, {2, 3}, {4, 5}, {6, 7}, {0, 2}, {1, 3},
                                    {4, 6}, {5, 7}, {0, 4}, {1, 5}, {2, 6}, {3, 7}};
  GenMesh mesh;
  for (int k = 0; k < cz; ++k)
    for (int j = 0; j < cy; ++j)
      for (int i = 0; i < cx; ++i) {
        std::array<float, 8> v;
        std::array<glm::vec3, 8> p;
        int inside = 0;
        for (int c = 0; c < 8; ++c) {
          const int di = c & 1, dj = (c >> 1) & 1, dk = (c >> 2) & 1;
          v[c] = g.values[g.at(i + di, j + dj, k + dk)];
          p[c] = g.point(i + di, j + dj, k + dk);
          inside += v[c] < 0.0f;
        }
        if (inside == 0 || inside == 8) continue;
        glm::vec3 sum(0.0f);
        int count = 0;
        for (const auto& e : kEdges) {
          const float a = v[e[0]], b = v[e[1]];
          if ((a < 0.0f) == (b < 0.0f)) continue;
          sum += p[e[0]] + (p[e[1]] - p[e[0]]) * (a / (a - b));
          ++count;
        }
        cellVertex[cellAt(i, j, k)] = static_cast<int32_t>(mesh.positions.size());
        mesh.positions.push_back(sum / static_cast<float>(count));
      }
  // One quad per grid edge with a sign change, joining the four cells around the edge.
  auto quad = [&](size_t a, size_t b, size_t c, size_t d, bool flip) {
    std::array<uint32_t, 4> q = {
        static_cast<uint32_t>(cellVertex[a]), static_cast<uint32_t>(cellVertex[b]),
        static_cast<uint32_t>(cellVertex[c]), static_cast<uint32_t>(cellVertex[d])};
    if (flip) std::swap(q[1], q[3]);
    const float d02 = glm::length(mesh.positions[q[0]] - mesh.positions[q[2]]);
    const float d13 = glm::length(mesh.positions[q[1]] - mesh.positions[q[3]]);
    if (d02 <= d13)
      mesh.indices.insert(mesh.indices.end(), {q[0], q[1], q[2], q[0], q[2], q[3]});
    else
      mesh.indices.insert(mesh.indices.end(), {q[0], q[1], q[3], q[1], q[2], q[3]});
  };
  for (int k = 1; k < cz; ++k)
    for (int j = 1; j < cy; ++j)
      for (int i = 1; i < cx; ++i) {
        const float v0 = g.values[g.at(i, j, k)];
        const bool in0 = v0 < 0.0f;
        if (in0 != (g.values[g.at(i + 1, j, k)] < 0.0f))  // x edge: cells around it in y, z
          quad(cellAt(i, j - 1, k - 1), cellAt(i, j, k - 1), cellAt(i, j, k), cellAt(i, j - 1, k),
               !in0);
        if (in0 != (g.values[g.at(i, j + 1, k)] < 0.0f))  // y edge: cells around it in z, x
          quad(cellAt(i - 1, j, k - 1), cellAt(i - 1, j, k), cellAt(i, j, k), cellAt(i, j, k - 1),
               !in0);
        if (in0 != (g.values[g.at(i, j, k + 1)] < 0.0f))  // z edge: cells around it in x, y
          quad(cellAt(i - 1, j - 1, k), cellAt(i, j - 1, k), cellAt(i, j, k), cellAt(i - 1, j, k),
               !in0);
      }
  for (auto& p : mesh.positions) p = projectToSurface(shape.field, p, options.voxel);
  if (options.targetTriangles > 0 && mesh.triangleCount() > options.targetTriangles) {
    std::vector<uint32_t> simplified(mesh.indices.size());
    float error = 0.0f;
    const float extent = glm::length(shape.bounds.hi - shape.bounds.lo);
    simplified.resize(meshopt_simplify(simplified.data(), mesh.indices.data(), mesh.indices.size(),
                                       &mesh.positions[0].x, mesh.positions.size(),
                                       sizeof(glm::vec3), options.targetTriangles * 3,
                                       options.maxSimplifyError / extent, 0, &error));
    mesh.indices = std::move(simplified);
    // A collapse can fold a triangle over; turn any that faces into the shape back out so
    // back-face culling never opens a hole in the surface.
    for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
      const glm::vec3 a = mesh.positions[mesh.indices[t]], b = mesh.positions[mesh.indices[t + 1]],
                      c = mesh.positions[mesh.indices[t + 2]];
      const glm::vec3 n = glm::cross(b - a, c - a);
      if (glm::dot(n, fieldGradient(shape.field, (a + b + c) / 3.0f)) < 0.0f)
        std::swap(mesh.indices[t + 1], mesh.indices[t + 2]);
    }
  }
  // Keep only the vertices in use, in first-use order.
  std::vector<uint32_t> remap(mesh.positions.size());
  const size_t used = meshopt_optimizeVertexFetchRemap(remap.data(), mesh.indices.data(),
                                                       mesh.indices.size(), mesh.positions.size());
  std::vector<glm::vec3> compact(used);
  meshopt_remapVertexBuffer(compact.data(), mesh.positions.data(), mesh.positions.size(),
                            sizeof(glm::vec3), remap.data());
  meshopt_remapIndexBuffer(mesh.indices.data(), mesh.indices.data(), mesh.indices.size(),
                           remap.data());
  mesh.positions = std::move(compact);
  mesh.normals.resize(mesh.positions.size());
  for (size_t i = 0; i < mesh.positions.size(); ++i)
    mesh.normals[i] = fieldGradient(shape.field, mesh.positions[i]);
  return mesh;
}

double enclosedVolume(const GenMesh& mesh) {
  double volume = 0.0;
  for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const glm::dvec3 a(mesh.positions[mesh.indices[t]]), b(mesh.positions[mesh.indices[t + 1]]),
        c(mesh.positions[mesh.indices[t + 2]]);
    volume += glm::dot(a, glm::cross(b, c)) / 6.0;
  }
  return volume;
}
}  // namespace pe::gen
