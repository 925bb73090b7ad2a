#include "scene/ViewSpec.h"

namespace pe {
namespace {
template <typename T>
void take(std::optional<T>& into, const std::optional<T>& from) {
  if (from) into = from;
}
}  // namespace

ViewSpec overlayView(const ViewSpec& base, const ViewSpec& over) {
  ViewSpec v = base;
  take(v.scene, over.scene);
  take(v.animation, over.animation);
  take(v.time, over.time);
  for (int side = 0; side < 2; ++side) take(v.hipFlexion[side], over.hipFlexion[side]);
  take(v.layers, over.layers);
  take(v.sides, over.sides);
  take(v.only, over.only);
  take(v.hide, over.hide);
  take(v.opacity, over.opacity);
  take(v.ghost, over.ghost);
  take(v.select, over.select);
  take(v.labels, over.labels);
  take(v.attachments, over.attachments);
  take(v.clip, over.clip);
  take(v.contraction, over.contraction);
  take(v.habitus, over.habitus);
  // A new direction or framing without a distance is framed afresh.
  const CameraSpec& c = over.camera;
  const bool newDirection = c.azimuth || c.elevation || !c.frame.empty();
  if (newDirection && !c.distance) {
    v.camera.distance.reset();
    v.camera.target.reset();
  }
  if (newDirection) v.camera.frame.clear();
  take(v.camera.azimuth, c.azimuth);
  take(v.camera.elevation, c.elevation);
  take(v.camera.distance, c.distance);
  take(v.camera.target, c.target);
  take(v.camera.fov, c.fov);
  if (!c.frame.empty()) v.camera.frame = c.frame;
  return v;
}
}  // namespace pe
