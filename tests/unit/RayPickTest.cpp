#include <gtest/gtest.h>

#include "anim/RayPick.h"

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
  m.meshes.push_back(Mesh{"quad", {quad}, {}});
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
}  // namespace pe
