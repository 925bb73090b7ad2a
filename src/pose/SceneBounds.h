// Where a posed model is: world bounds with skinning and morphs applied, and a summary.
#pragma once
#include <string>
#include <vector>

#include "scene/Pose.h"

namespace pe {
// World-space bounds of everything drawn in the scene for the pose, deformations included.
Bounds sceneBounds(const Model& model, const Pose& pose, int scene);
// World-space bounds of the meshes of these nodes (not their children) for the pose.
Bounds nodeBounds(const Model& model, const Pose& pose, const std::vector<int>& nodes);

struct SceneSummary {
  size_t nodes = 0, meshes = 0, primitives = 0, triangles = 0, vertices = 0;
  size_t materials = 0, textures = 0, skins = 0, clips = 0, scenes = 0, morphTargets = 0;
  Bounds bounds;  // world bounds of the default scene at rest
};

SceneSummary summarize(const Model& model);
// Multi-line human-readable summary for --info.
std::string formatSummary(const Model& model, const SceneSummary& summary);
}  // namespace pe
