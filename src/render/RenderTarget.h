// An offscreen framebuffer: multisampled colour + depth, resolved into a single-sample copy
// that can be read back as an image or blitted to a window.
#pragma once
#include "io/PngFile.h"

namespace pe {
class RenderTarget {
 public:
  // samples 0 or 1: no multisampling; larger values are clamped to what the GL supports.
  RenderTarget(int width, int height, int samples);
  ~RenderTarget();
  RenderTarget(const RenderTarget&) = delete;
  RenderTarget& operator=(const RenderTarget&) = delete;

  int width() const { return width_; }
  int height() const { return height_; }
  // Binds the framebuffer to draw into, with the viewport set to its size.
  void bindForDrawing() const;
  // Resolves the multisampled image into the single-sample framebuffer.
  void resolve() const;
  unsigned resolvedFramebuffer() const { return resolveFbo_; }
  // Resolves and reads the colour, top row first.
  RgbaImage readPixels() const;

 private:
  int width_, height_, samples_;
  unsigned drawFbo_ = 0, colorRb_ = 0, depthRb_ = 0;
  unsigned resolveFbo_ = 0, resolveColor_ = 0;
};
}  // namespace pe
