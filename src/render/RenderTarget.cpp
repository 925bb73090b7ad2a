#include "render/RenderTarget.h"

#include <algorithm>
#include <cstring>

#include <epoxy/gl.h>

#include "core/Error.h"

namespace pe {
RenderTarget::RenderTarget(int width, int height, int samples)
    : width_(std::max(1, width)), height_(std::max(1, height)) {
  GLint maxSamples = 0;
  glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
  samples_ = std::clamp(samples, 0, static_cast<int>(maxSamples));
  if (samples_ == 1) samples_ = 0;

  glGenRenderbuffers(1, &colorRb_);
  glBindRenderbuffer(GL_RENDERBUFFER, colorRb_);
  glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples_, GL_RGBA8, width_, height_);
  glGenRenderbuffers(1, &depthRb_);
  glBindRenderbuffer(GL_RENDERBUFFER, depthRb_);
  glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples_, GL_DEPTH24_STENCIL8, width_, height_);
  glGenFramebuffers(1, &drawFbo_);
  glBindFramebuffer(GL_FRAMEBUFFER, drawFbo_);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colorRb_);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER, depthRb_);
  if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
    throw GraphicsError("cannot create a " + std::to_string(width_) + "x" +
                        std::to_string(height_) + " framebuffer");

  glGenRenderbuffers(1, &resolveColor_);
  glBindRenderbuffer(GL_RENDERBUFFER, resolveColor_);
  glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width_, height_);
  glGenFramebuffers(1, &resolveFbo_);
  glBindFramebuffer(GL_FRAMEBUFFER, resolveFbo_);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, resolveColor_);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

RenderTarget::~RenderTarget() {
  glDeleteFramebuffers(1, &drawFbo_);
  glDeleteFramebuffers(1, &resolveFbo_);
  GLuint rbs[] = {colorRb_, depthRb_, resolveColor_};
  glDeleteRenderbuffers(3, rbs);
}

void RenderTarget::bindForDrawing() const {
  glBindFramebuffer(GL_FRAMEBUFFER, drawFbo_);
  glViewport(0, 0, width_, height_);
}

void RenderTarget::resolve() const {
  glBindFramebuffer(GL_READ_FRAMEBUFFER, drawFbo_);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolveFbo_);
  glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

RgbaImage RenderTarget::readPixels() const {
  resolve();
  RgbaImage image{width_, height_, std::vector<uint8_t>(static_cast<size_t>(width_) * height_ * 4)};
  glBindFramebuffer(GL_READ_FRAMEBUFFER, resolveFbo_);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, image.pixels.data());
  glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
  // GL rows start at the bottom; images start at the top.
  const size_t row = static_cast<size_t>(width_) * 4;
  std::vector<uint8_t> tmp(row);
  for (int y = 0; y < height_ / 2; ++y) {
    uint8_t* a = image.pixels.data() + y * row;
    uint8_t* b = image.pixels.data() + (height_ - 1 - y) * row;
    std::memcpy(tmp.data(), a, row);
    std::memcpy(a, b, row);
    std::memcpy(b, tmp.data(), row);
  }
  return image;
}
}  // namespace pe
