#include <gtest/gtest.h>

#include <cmath>

#include <glm/gtc/quaternion.hpp>

#include "geometry/RayPick.h"

namespace pe {
namespace {
Model twoQuads() {
  Model m;
  Primitive quad;
  quad.positions = {{-1, -1, 0}, {1, -1, 0}, {1, 1, 0}, {-1, 1, 0}};
  quad.normals.assign(4, {0, 0, 1});
  quad.indices = {0, 1, 2, 0, 2, 3};
  quad.bounds.add({-1, -1, 0});
  quad.bounds.add({1, 1, 0});
  m.meshes.push_back(Mesh{"quad", {quad}, {}, {}});
  m.nodes.resize(2);
  m.nodes[0].mesh = 0;
  m.nodes[0].local.translation = {0, 0, 1};  // front
  m.nodes[1].mesh = 0;
  m.nodes[1].local.translation = {0, 0, -1};  // behind
  return m;
}
}  // namespace

TEST(RayPick, ReturnsTheNearestSurface) {
  Model m = twoQuads();
  Pose pose = restPose(m);
  auto hit = pickRay(m, pose, -1, {0.2f, 0.3f, 5}, {0, 0, -1});
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->node, 0);
  EXPECT_NEAR(hit->point.z, 1.0f, 1e-5f);
  EXPECT_NEAR(hit->distance, 4.0f, 1e-5f);
}

TEST(RayPick, MissesOutsideTheGeometry) {
  Model m = twoQuads();
  Pose pose = restPose(m);
  EXPECT_FALSE(pickRay(m, pose, -1, {3, 0, 5}, {0, 0, -1}));
  EXPECT_FALSE(pickRay(m, pose, -1, {0, 0, 5}, {0, 0, 1}));  // pointing away
}

TEST(RayPick, BvhPickingAgreesWithTheBruteForceTest) {
  // A bumpy sphere of 20,000 triangles under a rotated, scaled, translated node, probed by
  // rays in many directions: both paths must find the same surface at the same distance.
  Model m;
  Primitive p;
  const int rings = 100, segments = 100;
  for (int r = 0; r <= rings; ++r)
    for (int s = 0; s <= segments; ++s) {
      const float t = 3.14159265f * r / rings, f = 6.2831853f * s / segments;
      const glm::vec3 n(std::sin(t) * std::cos(f), std::cos(t), std::sin(t) * std::sin(f));
      p.positions.push_back(n * (1.0f + 0.1f * std::sin(6 * t) * std::cos(5 * f)));
      p.bounds.add(p.positions.back());
    }
  for (int r = 0; r < rings; ++r)
    for (int s = 0; s < segments; ++s) {
      const uint32_t a = r * (segments + 1) + s, b = a + segments + 1;
      p.indices.insert(p.indices.end(), {a, b, a + 1, b, b + 1, a + 1});
    }
  m.meshes.push_back(Mesh{"sphere", {p}, {}, {}});
  m.nodes.resize(1);
  m.nodes[0].mesh = 0;
  m.nodes[0].local.translation = {0.3f, -0.2f, 0.1f};
  m.nodes[0].local.rotation = glm::angleAxis(0.7f, glm::normalize(glm::vec3(1, 2, 3)));
  m.nodes[0].local.scale = {0.5f, 0.8f, 0.6f};
  const Pose pose = restPose(m);
  const ModelPicker picker(m);
  int hits = 0;
  for (int i = 0; i < 200; ++i) {
    const float a = i * 0.731f, b = i * 0.377f;
    const glm::vec3 origin(3 * std::cos(a) * std::cos(b), 3 * std::sin(b),
                           3 * std::sin(a) * std::cos(b));
    const glm::vec3 dir =
        glm::normalize(glm::vec3(0.05f * std::sin(i), 0.05f * std::cos(i), 0) - origin);
    auto brute = pickRay(m, pose, -1, origin, dir);
    auto fast = picker.pick(pose, -1, origin, dir);
    ASSERT_EQ(brute.has_value(), fast.has_value()) << "ray " << i;
    if (!brute) continue;
    ++hits;
    EXPECT_NEAR(brute->distance, fast->distance, 1e-4f) << "ray " << i;
  }
  EXPECT_GT(hits, 150);
}
}  // namespace pe
