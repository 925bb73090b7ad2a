// An offscreen framebuffer with colour + depth/stencil. Multisampled targets resolve into a
// single-sample copy; single-sample ones keep their colour in a texture that a post-process
// (EdgeFilter) reads, writing the finished image into a second framebuffer made on first use.
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
  int samples() const { return samples_; }
  // Binds the framebuffer to draw the scene into, with the viewport set to its size.
  void bindForDrawing();
  // Single-sample: the drawn colour as a texture (0 for multisampled targets).
  unsigned colorTexture() const { return colorTexture_; }
  // Binds the framebuffer a post-process writes the finished image into.
  void bindForFilteredOutput();
  // Makes the finished image: resolves multisampling (nothing to do otherwise).
  void resolve();
  // The framebuffer holding the finished image (after resolve()); overlays draw into it.
  unsigned finishedFramebuffer() const;
  // Resolves and reads the finished colour, top row first.
  RgbaImage readPixels();

 private:
  int width_, height_, samples_;
  bool filtered_ = false;  // the finished image is the post-processed one
  unsigned drawFbo_ = 0, colorRb_ = 0, colorTexture_ = 0, depthRb_ = 0;
  unsigned outputFbo_ = 0, outputColor_ = 0, outputStencil_ = 0;  // the finished image
};
}  // namespace pe
