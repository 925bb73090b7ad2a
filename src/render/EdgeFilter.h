// Anti-aliasing for still frames at a fraction of multisampling's cost on a software
// rasterizer: one full-screen pass over the drawn image (shaders/edge.frag).
#pragma once
#include <memory>

#include "render/RenderTarget.h"
#include "render/ShaderProgram.h"

namespace pe {
class EdgeFilter {
 public:
  EdgeFilter();  // needs a current GL 3.3 context; throws GraphicsError
  ~EdgeFilter();
  EdgeFilter(const EdgeFilter&) = delete;
  EdgeFilter& operator=(const EdgeFilter&) = delete;

  // Filters what was drawn into `target` (single-sample) into its finished image.
  void apply(RenderTarget& target);

 private:
  std::unique_ptr<ShaderProgram> program_, mark_, copy_;
  unsigned vao_ = 0, samplers_[2] = {0, 0};  // nearest, linear
};
}  // namespace pe
