// The posed state of a model: local transforms and morph weights per node, and the world
// transforms that follow from them. Animation writes locals; world is a separate step.
#pragma once
#include <vector>

#include "scene/Model.h"

namespace pe {
struct Pose {
  std::vector<Transform> local;
  std::vector<std::vector<float>> weights;  // per node: its morph weights (empty if no morphs)
  std::vector<glm::mat4> world;
};

// The pose the file describes with no animation applied; world transforms computed.
Pose restPose(const Model& model);

// Recomputes world transforms from locals, parents before children.
void updateWorldTransforms(const Model& model, Pose& pose);

// Nodes reachable from the scene's roots (all nodes when the model has no scenes).
std::vector<int> sceneNodes(const Model& model, int scene);
}  // namespace pe
