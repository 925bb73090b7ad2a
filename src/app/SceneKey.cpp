#include "app/SceneKey.h"

namespace pe {
SceneKey makeSceneKey(const ViewerState& state, const OrbitCamera& camera, int width, int height,
                      bool reduce) {
  SceneKey k;
  const PosedModel& doc = state.document;
  k.model = doc.model();
  k.target = camera.pose.target;
  k.distance = camera.pose.distance;
  k.orientation = camera.pose.orientation;
  k.fov = camera.fovYDegrees;
  k.lensShift = camera.lensShift;
  k.clip = doc.clip();
  k.scene = doc.scene();
  k.time = doc.time();
  for (int side = 0; side < 2; ++side) k.hipFlexion[side] = doc.hipFlexion(side);
  k.habitus = doc.habitus();
  k.width = width;
  k.height = height;
  k.reduce = reduce;
  if (!doc.empty())
    for (const NodeAppearance& a : state.structures.nodeAppearance(doc.model()->nodes.size()))
      k.appearance.insert(k.appearance.end(),
                          {float(a.visible), a.opacity, float(a.selected), float(a.hovered)});
  const RenderSettings& r = state.settings.render;
  const ClipPlane& c = state.clip;
  k.render = {float(state.settings.ui.showLabels),
              float(state.settings.pose.contractionTint),
              float(c.enabled),
              c.normal.x,
              c.normal.y,
              c.normal.z,
              c.offset,
              r.backgroundTop.r,
              r.backgroundTop.g,
              r.backgroundTop.b,
              r.backgroundBottom.r,
              r.backgroundBottom.g,
              r.backgroundBottom.b,
              r.lightIntensity,
              r.ambient,
              float(r.backfaceCulling),
              r.movingResolutionScale,
              float(state.lesson.presenter.active && state.settings.ui.presenterLight)};
  return k;
}
}  // namespace pe
