#include <gtest/gtest.h>
#include <glm/gtc/matrix_transform.hpp>

#include "pose/Deformation.h"

namespace pe {
namespace {
// Two joints in a chain; a vertex weighted half to each.
Model twoJointModel() {
  Model m;
  m.nodes.resize(3);
  m.nodes[0].children = {1};
  m.nodes[1].parent = 0;
  m.nodes[1].local.translation = {0, 1, 0};
  m.nodes[2].mesh = 0;
  m.nodes[2].skin = 0;
  m.nodes[2].local.translation = {100, 0, 0};  // ignored for skinned meshes
  Skin skin;
  skin.joints = {0, 1};
  skin.inverseBindMatrices = {glm::mat4(1.0f),
                              glm::translate(glm::mat4(1.0f), glm::vec3(0, -1, 0))};
  m.skins.push_back(skin);
  Primitive p;
  p.positions = {{0, 1, 0}};
  p.normals = {{1, 0, 0}};
  p.joints[0] = {glm::uvec4(0, 1, 0, 0)};
  p.weights[0] = {glm::vec4(0.5f, 0.5f, 0, 0)};
  m.meshes.push_back(Mesh{"m", {p}, {}, {}});
  return m;
}
}  // namespace

TEST(Deformation, SkinningAtBindPoseReproducesTheMesh) {
  Model m = twoJointModel();
  Pose pose = restPose(m);
  auto out = skinPositions(m.meshes[0].primitives[0], m.meshes[0].primitives[0].positions,
                           jointMatrices(m.skins[0], pose));
  EXPECT_NEAR(out[0].x, 0.0f, 1e-6f);
  EXPECT_NEAR(out[0].y, 1.0f, 1e-6f);
}

TEST(Deformation, SkinningBlendsJointTransformsByWeight) {
  Model m = twoJointModel();
  Pose pose = restPose(m);
  pose.local[1].translation = {2, 1, 0};  // joint 1 moves 2 along X
  updateWorldTransforms(m, pose);
  auto out = skinPositions(m.meshes[0].primitives[0], m.meshes[0].primitives[0].positions,
                           jointMatrices(m.skins[0], pose));
  EXPECT_NEAR(out[0].x, 1.0f, 1e-6f);  // half of the joint's motion
  EXPECT_NEAR(out[0].y, 1.0f, 1e-6f);
}

TEST(Deformation, MorphTargetsAddWeightedDeltas) {
  Primitive p;
  p.positions = {{0, 0, 0}};
  p.normals = {{0, 0, 1}};
  p.targets.push_back({{glm::vec3(1, 0, 0)}, {}});
  p.targets.push_back({{glm::vec3(0, 2, 0)}, {}});
  std::vector<glm::vec3> pos, nrm;
  applyMorphTargets(p, {0.5f, 0.25f}, pos, nrm);
  EXPECT_FLOAT_EQ(pos[0].x, 0.5f);
  EXPECT_FLOAT_EQ(pos[0].y, 0.5f);
  EXPECT_FLOAT_EQ(nrm[0].z, 1.0f);
}

TEST(Deformation, WorldTransformsComposeParentsFirst) {
  Model m;
  m.nodes.resize(3);
  // Children listed before parents in the array must still get their parent's transform.
  m.nodes[2].children = {0};
  m.nodes[0].parent = 2;
  m.nodes[0].children = {1};
  m.nodes[1].parent = 0;
  for (Node& n : m.nodes) n.local.translation = {1, 0, 0};
  Pose pose = restPose(m);
  EXPECT_FLOAT_EQ(pose.world[1][3].x, 3.0f);
  EXPECT_FLOAT_EQ(pose.world[0][3].x, 2.0f);
}
}  // namespace pe
