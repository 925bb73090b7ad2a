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
  m.meshes.push_back(Mesh{"grid", {p}, {}, {}});
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

TEST(MeshOptimization, LevelsGetCoarserWithGrowingErrorAndValidIndices) {
  Model m = grid(150);  // 45,000 triangles
  const size_t saved = buildDetailLevels(m, 20000);
  const Primitive& p = m.meshes[0].primitives[0];
  ASSERT_GE(p.levels.size(), 3u);
  size_t previous = p.indices.size();
  float previousError = 0.0f;
  for (const DetailLevel& level : p.levels) {
    EXPECT_LE(level.indices.size(), previous * 3 / 4);
    EXPECT_EQ(level.indices.size() % 3, 0u);
    EXPECT_GE(level.error, previousError);
    EXPECT_LT(level.error, 0.05f);  // within 5% of the grid's size
    for (uint32_t i : level.indices) ASSERT_LT(i, p.positions.size());
    previous = level.indices.size();
    previousError = level.error;
  }
  EXPECT_LE(p.levels.back().indices.size() / 3, p.indices.size() / 3 / 8);
  EXPECT_EQ(saved, (p.indices.size() - p.levels.back().indices.size()) / 3);
}

TEST(MeshOptimization, ChoosesTheCoarsestLevelBelowThePixelError) {
  std::vector<DetailLevel> levels(3);
  levels[0].error = 0.001f;
  levels[1].error = 0.002f;
  levels[2].error = 0.004f;
  EXPECT_EQ(chooseDetailLevel(levels, 100.0f, 0.5f), 2);    // 0.4 px
  EXPECT_EQ(chooseDetailLevel(levels, 100.0f, 0.25f), 1);   // 0.2 px
  EXPECT_EQ(chooseDetailLevel(levels, 1000.0f, 0.5f), -1);  // zoomed in: 1 px already
  EXPECT_EQ(chooseDetailLevel(levels, 100.0f, 0.0f), -1);
  EXPECT_EQ(chooseDetailLevel({}, 100.0f, 1.0f), -1);
}

TEST(MeshOptimization, SmallAndMorphedMeshesKeepOneLevel) {
  Model small = grid(20);
  EXPECT_EQ(buildDetailLevels(small, 20000), 0u);
  EXPECT_TRUE(small.meshes[0].primitives[0].levels.empty());
  Model morphed = grid(150);
  morphed.meshes[0].primitives[0].targets.resize(1);
  EXPECT_EQ(buildDetailLevels(morphed, 20000), 0u);
  EXPECT_TRUE(morphed.meshes[0].primitives[0].levels.empty());
}
}  // namespace pe
