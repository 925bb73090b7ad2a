#include "app/SceneDrawing.h"

#include "geometry/ContractionTint.h"

namespace pe {
std::vector<NodeAppearance> viewAppearance(const ViewerState& state) {
  const PosedModel& doc = state.document;
  if (doc.empty()) return {};
  auto nodes = state.structures.nodeAppearance(doc.model()->nodes.size());
  if (state.settings.pose.contractionTint && !state.muscles.empty())
    tintByContraction(state.structures.index(), state.muscles,
                      state.muscles.read(*doc.model(), doc.pose()), nodes);
  return nodes;
}

void drawScene(SceneRenderer& renderer, const ViewerState& state, const OrbitCamera& camera,
               RenderTarget& target, bool smooth) {
  const PosedModel& doc = state.document;
  const int width = target.width(), height = target.height();
  target.bindForDrawing();
  renderer.setClipPlane(state.clip);
  RenderSettings settings = state.settings.render;
  if (state.lesson.presenter.active && state.settings.ui.presenterLight) {
    // The light projector theme: a pale background, for rooms that cannot be darkened.
    settings.backgroundTop = glm::vec3(0.97f, 0.97f, 0.98f);
    settings.backgroundBottom = glm::vec3(0.84f, 0.86f, 0.89f);
  }
  if (doc.empty()) {
    renderer.render(Pose(), -1, camera, Bounds(), settings, width, height);
  } else {
    renderer.setAppearance(viewAppearance(state));
    renderer.render(doc.pose(), doc.scene(), camera, doc.currentBounds(), settings, width, height);
  }
  renderer.finish(target, settings, smooth);
}
}  // namespace pe
