#include "render/ViewportPresenter.h"

#include <algorithm>
#include <cmath>

#include "render/Gl.h"

namespace pe {
RenderTarget& ViewportPresenter::begin(int windowWidth, int windowHeight, float scale,
                                       int samples) {
  const int width = std::max(1, static_cast<int>(std::lround(windowWidth * scale)));
  const int height = std::max(1, static_cast<int>(std::lround(windowHeight * scale)));
  current_ = nullptr;
  for (size_t i = 0; i < targets_.size(); ++i)
    if (targets_[i]->width() == width && targets_[i]->height() == height && samples_[i] == samples)
      current_ = targets_[i].get();
  if (!current_) {
    constexpr size_t kKept = 3;  // fast, half-resolution and refined frames
    if (targets_.size() == kKept) {
      targets_.erase(targets_.begin());
      samples_.erase(samples_.begin());
    }
    targets_.push_back(std::make_unique<RenderTarget>(width, height, samples));
    samples_.push_back(samples);
    current_ = targets_.back().get();
  }
  return *current_;
}

void ViewportPresenter::present(int windowWidth, int windowHeight) {
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glViewport(0, 0, windowWidth, windowHeight);
  if (!current_) return;
#ifdef __EMSCRIPTEN__
  // WebGL clears the canvas after the page shows it, lazily: a blit as the first operation on
  // it is wiped by that pending clear (seen in Chromium), so the frame starts with a clear.
  glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
#endif
  glBindFramebuffer(GL_READ_FRAMEBUFFER, current_->finishedFramebuffer());
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
  const bool sameSize = current_->width() == windowWidth && current_->height() == windowHeight;
  glBlitFramebuffer(0, 0, current_->width(), current_->height(), 0, 0, windowWidth, windowHeight,
                    GL_COLOR_BUFFER_BIT, sameSize ? GL_NEAREST : GL_LINEAR);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}
}  // namespace pe
