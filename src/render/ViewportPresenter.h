// Draws the scene into an offscreen target and shows it in the window. Targets are kept per
// size and sample count, so switching between fast and refined frames allocates nothing, and
// an unchanged scene is shown again without being redrawn.
#pragma once
#include <memory>
#include <vector>

#include "render/RenderTarget.h"

namespace pe {
class ViewportPresenter {
 public:
  // A target of the window size times `scale` to draw the next image into.
  RenderTarget& begin(int windowWidth, int windowHeight, float scale, int samples);
  // Copies the last drawn image to the window's framebuffer, scaled to fill it.
  void present(int windowWidth, int windowHeight);
  bool hasImage() const { return current_ != nullptr; }

 private:
  std::vector<std::unique_ptr<RenderTarget>> targets_;  // a few, most recently used last
  std::vector<int> samples_;
  RenderTarget* current_ = nullptr;
};
}  // namespace pe
