#include "render/RenderTarget.h"

#include <algorithm>
#include <cstring>

#include "render/Gl.h"

#include "core/Error.h"

namespace pe {
namespace {
void checkComplete(int width, int height) {
  if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
    throw GraphicsError("cannot create a " + std::to_string(width) + "x" + std::to_string(height) +
                        " framebuffer");
}
}  // namespace

RenderTarget::RenderTarget(int width, int height, int samples)
    : width_(std::max(1, width)), height_(std::max(1, height)) {
  GLint maxSamples = 0;
  glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
  samples_ = std::clamp(samples, 0, static_cast<int>(maxSamples));
  if (samples_ == 1) samples_ = 0;

  glGenFramebuffers(1, &drawFbo_);
  glBindFramebuffer(GL_FRAMEBUFFER, drawFbo_);
  if (samples_ > 0) {
    glGenRenderbuffers(1, &colorRb_);
    glBindRenderbuffer(GL_RENDERBUFFER, colorRb_);
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples_, GL_RGBA8, width_, height_);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colorRb_);
  } else {
    glGenTextures(1, &colorTexture_);
    glBindTexture(GL_TEXTURE_2D, colorTexture_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width_, height_, 0, GL_RGBA, GL_UNSIGNED_BYTE,
                 nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, 0);
    glBindTexture(GL_TEXTURE_2D, 0);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, colorTexture_, 0);
  }
  glGenRenderbuffers(1, &depthRb_);
  glBindRenderbuffer(GL_RENDERBUFFER, depthRb_);
  glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples_, GL_DEPTH24_STENCIL8, width_, height_);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER, depthRb_);
  checkComplete(width_, height_);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

RenderTarget::~RenderTarget() {
  glDeleteFramebuffers(1, &drawFbo_);
  if (outputFbo_) glDeleteFramebuffers(1, &outputFbo_);
  GLuint rbs[] = {colorRb_, depthRb_, outputColor_, outputStencil_};
  glDeleteRenderbuffers(4, rbs);
  if (colorTexture_) glDeleteTextures(1, &colorTexture_);
}

void RenderTarget::bindForDrawing() {
  filtered_ = false;
  glBindFramebuffer(GL_FRAMEBUFFER, drawFbo_);
  glViewport(0, 0, width_, height_);
}

void RenderTarget::bindForFilteredOutput() {
  if (!outputFbo_) {
    glGenRenderbuffers(1, &outputColor_);
    glBindRenderbuffer(GL_RENDERBUFFER, outputColor_);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width_, height_);
    glGenFramebuffers(1, &outputFbo_);
    glBindFramebuffer(GL_FRAMEBUFFER, outputFbo_);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, outputColor_);
    // The edge filter marks the pixels it works on here.
    glGenRenderbuffers(1, &outputStencil_);
    glBindRenderbuffer(GL_RENDERBUFFER, outputStencil_);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_STENCIL_INDEX8, width_, height_);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_STENCIL_ATTACHMENT, GL_RENDERBUFFER,
                              outputStencil_);
    checkComplete(width_, height_);
  }
  filtered_ = samples_ == 0;
  glBindFramebuffer(GL_FRAMEBUFFER, outputFbo_);
  glViewport(0, 0, width_, height_);
}

void RenderTarget::resolve() {
  if (samples_ == 0) return;
  bindForFilteredOutput();
  glBindFramebuffer(GL_READ_FRAMEBUFFER, drawFbo_);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, outputFbo_);
  glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

unsigned RenderTarget::finishedFramebuffer() const {
  return samples_ > 0 || filtered_ ? outputFbo_ : drawFbo_;
}

RgbaImage RenderTarget::readPixels() {
  resolve();
  RgbaImage image{width_, height_, std::vector<uint8_t>(static_cast<size_t>(width_) * height_ * 4)};
  glBindFramebuffer(GL_READ_FRAMEBUFFER, finishedFramebuffer());
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
