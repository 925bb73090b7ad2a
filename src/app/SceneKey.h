// Everything the viewer's drawn scene depends on: equal keys mean an identical image, so the
// cached image is shown again instead of drawing the scene.
#pragma once
#include <array>
#include <vector>

#include "ui/ViewerState.h"

namespace pe {
struct SceneKey {
  const Model* model = nullptr;
  glm::vec3 target{0.0f};
  float distance = 0.0f;
  glm::quat orientation{1, 0, 0, 0};
  float fov = 0.0f, lensShift = 0.0f;
  int clip = -1, scene = -1, width = 0, height = 0;
  float time = 0.0f;
  std::array<float, 2> hipFlexion{0.0f, 0.0f};  // the pose set by hand or the cycle
  float habitus = 0.0f;
  bool reduce = false;
  std::vector<float> appearance;  // visible, opacity, selected, hovered per node
  std::vector<float> render;      // labels, clip plane and render settings that change pixels
  bool operator==(const SceneKey& o) const {
    return model == o.model && target == o.target && distance == o.distance &&
           orientation == o.orientation && fov == o.fov && lensShift == o.lensShift &&
           clip == o.clip && scene == o.scene && width == o.width && height == o.height &&
           time == o.time && hipFlexion == o.hipFlexion && habitus == o.habitus &&
           reduce == o.reduce && appearance == o.appearance && render == o.render;
  }
};

SceneKey makeSceneKey(const ViewerState& state, const OrbitCamera& camera, int width, int height,
                      bool reduce);
}  // namespace pe
