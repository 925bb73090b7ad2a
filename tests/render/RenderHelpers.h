// Rendering a model to an image the way --screenshot does, for render tests.
#pragma once
#include "core/Settings.h"
#include "io/PngFile.h"
#include "pose/PosedModel.h"
#include "render/RenderTarget.h"
#include "render/SceneRenderer.h"

namespace pe::test {
// `moving`: the levels of detail a moving view draws; `detailPixels`: the still views' bound.
inline RgbaImage renderPosed(const PosedModel& posed, int width, int height,
                             ViewPreset view = ViewPreset::Anterior, bool moving = false,
                             float detailPixels = RenderSettings().detailPixels) {
  Settings settings;
  settings.render.detailPixels = detailPixels;
  SceneRenderer renderer;
  renderer.setModel(posed.model());
  renderer.setMoving(moving);
  RenderTarget target(width, height, settings.render.msaaSamples);
  OrbitCamera camera;
  camera.fovYDegrees = settings.camera.fovDegrees;
  camera.pose.orientation = viewPresetOrientation(view);
  const Bounds bounds = posed.currentBounds();
  camera.pose = camera.framed(bounds, static_cast<float>(width) / height);
  target.bindForDrawing();
  renderer.render(posed.pose(), posed.scene(), camera, bounds, settings.render, width, height);
  renderer.finish(target, settings.render, true);
  return target.readPixels();
}

inline const uint8_t* pixelAt(const RgbaImage& image, int x, int y) {
  return &image.pixels[(static_cast<size_t>(y) * image.width + x) * 4];
}
}  // namespace pe::test
