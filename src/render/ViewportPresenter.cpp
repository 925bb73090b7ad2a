#include "render/ViewportPresenter.h"

#include <algorithm>
#include <cmath>

#include <epoxy/gl.h>

namespace pe {
void ViewportPresenter::begin(int windowWidth, int windowHeight, float scale, int samples,
                              int& width, int& height) {
  width = std::max(1, static_cast<int>(std::lround(windowWidth * scale)));
  height = std::max(1, static_cast<int>(std::lround(windowHeight * scale)));
  if (!target_ || target_->width() != width || target_->height() != height || samples_ != samples) {
    target_.reset();
    target_ = std::make_unique<RenderTarget>(width, height, samples);
    samples_ = samples;
  }
  target_->bindForDrawing();
}

void ViewportPresenter::present(int windowWidth, int windowHeight) {
  target_->resolve();
  glBindFramebuffer(GL_READ_FRAMEBUFFER, target_->resolvedFramebuffer());
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
  const bool sameSize = target_->width() == windowWidth && target_->height() == windowHeight;
  glBlitFramebuffer(0, 0, target_->width(), target_->height(), 0, 0, windowWidth, windowHeight,
                    GL_COLOR_BUFFER_BIT, sameSize ? GL_NEAREST : GL_LINEAR);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glViewport(0, 0, windowWidth, windowHeight);
}
}  // namespace pe
