// Where each visible structure's label points: a point on its surface that the viewer can see,
// found by casting a ray at the structure's centre. Hidden or covered structures get none.
#pragma once
#include <string>
#include <vector>

#include "geometry/RayPick.h"
#include "scene/OrbitCamera.h"
#include "scene/StructureView.h"

namespace pe {
struct LabelAnchor {
  int structure = -1;
  glm::vec2 screen{0};  // pixels, y down
};

// Where a structure's label may aim, best first: its centroid at rest, then the surface
// vertices nearest it (on the surface even when the shape is bent and the centroid lies
// outside it, as for a femur). Each point is in the space of `node`.
struct LabelTarget {
  int node = -1;
  std::vector<glm::vec3> candidates;
};
// Once per model: one target per structure of the index.
std::vector<LabelTarget> computeLabelTargets(const Model& model, const StructureIndex& index);

// viewport in pixels. Landmarks (structures without meshes) anchor at their node's position
// when nothing covers it.
std::vector<LabelAnchor> computeLabelAnchors(const Model& model, const Pose& pose, int scene,
                                             const StructureView& view, const OrbitCamera& camera,
                                             glm::vec2 viewport, const ModelPicker* picker,
                                             const std::vector<LabelTarget>& targets);
// The screen x range (pixels) the box covers from this camera.
glm::vec2 projectedXRange(const Bounds& bounds, const OrbitCamera& camera, glm::vec2 viewport);
}  // namespace pe
