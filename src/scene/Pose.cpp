#include "scene/Pose.h"

namespace pe {
Pose restPose(const Model& model) {
  Pose pose;
  pose.local.resize(model.nodes.size());
  pose.weights.resize(model.nodes.size());
  for (size_t i = 0; i < model.nodes.size(); ++i) {
    const Node& node = model.nodes[i];
    pose.local[i] = node.local;
    if (node.mesh >= 0) {
      const Mesh& mesh = model.meshes[node.mesh];
      size_t targets = mesh.primitives.empty() ? 0 : mesh.primitives[0].targets.size();
      std::vector<float> w = !node.weights.empty() ? node.weights : mesh.defaultWeights;
      w.resize(targets, 0.0f);
      pose.weights[i] = w;
    }
  }
  updateWorldTransforms(model, pose);
  return pose;
}

void updateWorldTransforms(const Model& model, Pose& pose) {
  pose.world.assign(model.nodes.size(), glm::mat4(1.0f));
  // The loader guarantees a forest (no cycles, one parent), so a stack walk from the roots
  // reaches each node once.
  std::vector<int> stack;
  for (size_t i = 0; i < model.nodes.size(); ++i)
    if (model.nodes[i].parent < 0) stack.push_back(static_cast<int>(i));
  while (!stack.empty()) {
    int n = stack.back();
    stack.pop_back();
    const Node& node = model.nodes[n];
    glm::mat4 local = node.hasMatrix ? node.matrix : pose.local[n].matrix();
    pose.world[n] = node.parent >= 0 ? pose.world[node.parent] * local : local;
    for (int c : node.children) stack.push_back(c);
  }
}

std::vector<int> sceneNodes(const Model& model, int scene) {
  std::vector<int> out;
  if (scene < 0 || scene >= static_cast<int>(model.scenes.size())) {
    for (size_t i = 0; i < model.nodes.size(); ++i) out.push_back(static_cast<int>(i));
    return out;
  }
  std::vector<int> stack(model.scenes[scene].nodes.rbegin(), model.scenes[scene].nodes.rend());
  while (!stack.empty()) {
    int n = stack.back();
    stack.pop_back();
    out.push_back(n);
    const auto& children = model.nodes[n].children;
    stack.insert(stack.end(), children.rbegin(), children.rend());
  }
  return out;
}
}  // namespace pe
