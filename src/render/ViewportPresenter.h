// Draws the scene into an offscreen target at full or reduced resolution and shows it in the
// window: sharp with multisampling when still, cheaper while the camera moves.
#pragma once
#include <memory>

#include "render/RenderTarget.h"

namespace pe {
class ViewportPresenter {
 public:
  // Binds a target of the window size times `scale` for drawing; returns its size.
  void begin(int windowWidth, int windowHeight, float scale, int samples, int& width, int& height);
  // Copies the drawn image to the window's framebuffer, scaled to fill it.
  void present(int windowWidth, int windowHeight);

 private:
  std::unique_ptr<RenderTarget> target_;
  int samples_ = -1;
};
}  // namespace pe
