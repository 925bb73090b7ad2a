#include <algorithm>
#include <array>

#include <gtest/gtest.h>

#include "scene/MeshOptimization.h"

namespace pe {
namespace {
// A wavy n x n grid of quads: smooth, large, indexed.
Model grid(int n) {
  Primitive p;
  for (int y = 0; y <= n; ++y)
    for (int x = 0; x <= n; ++x)
      p.positions.push_back(
          {x / float(n), y / float(n), 0.05f * std::sin(x * 0.2f) * std::cos(y * 0.15f)});
  p.normals.assign(p.positions.size(), {0, 0, 1});
  for (int y = 0; y < n; ++y)
    for (int x = 0; x < n; ++x) {
      uint32_t a = y * (n + 1) + x, b = a + n + 1;
      p.indices.insert(p.indices.end(), {a, a + 1, b, b, a + 1, b + 1});
    }
  Model m;
  m.meshes.push_back(Mesh{"grid", {p}, {}});
  return m;
}

std::vector<std::array<uint32_t, 3>> canonicalTriangles(const std::vector<uint32_t>& idx) {
  std::vector<std::array<uint32_t, 3>> out;
  for (size_t i = 0; i < idx.size(); i += 3) {
    std::array<uint32_t, 3> t{idx[i], idx[i + 1], idx[i + 2]};
    std::rotate(t.begin(), std::min_element(t.begin(), t.end()), t.end());  // keeps the winding
    out.push_back(t);
  }
  std::sort(out.begin(), out.end());
  return out;
}
}  // namespace

TEST(MeshOptimization, VertexOrderKeepsEveryTriangleAndItsWinding) {
  Model m = grid(60);
  const auto before = canonicalTriangles(m.meshes[0].primitives[0].indices);
  optimizeVertexOrder(m);
  EXPECT_EQ(canonicalTriangles(m.meshes[0].primitives[0].indices), before);
}

TEST(MeshOptimization, CoarseLevelHasAboutTheRequestedTrianglesAndValidIndices) {
  Model m = grid(150);  // 45,000 triangles
  const size_t saved = buildCoarseLevels(m, 0.25f, 20000);
  const Primitive& p = m.meshes[0].primitives[0];
  ASSERT_FALSE(p.coarseIndices.empty());
  const size_t coarse = p.coarseIndices.size() / 3;
  EXPECT_LE(coarse, p.indices.size() / 3 / 2);
  EXPECT_EQ(saved, p.indices.size() / 3 - coarse);
  for (uint32_t i : p.coarseIndices) ASSERT_LT(i, p.positions.size());
}

TEST(MeshOptimization, SmallSkinnedAndMorphedMeshesKeepOneLevel) {
  Model small = grid(20);
  EXPECT_EQ(buildCoarseLevels(small, 0.25f, 20000), 0u);
  Model morphed = grid(150);
  morphed.meshes[0].primitives[0].targets.resize(1);
  EXPECT_EQ(buildCoarseLevels(morphed, 0.25f, 20000), 0u);
  EXPECT_TRUE(morphed.meshes[0].primitives[0].coarseIndices.empty());
}
}  // namespace pe
