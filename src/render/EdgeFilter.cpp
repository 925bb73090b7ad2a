#include "render/EdgeFilter.h"

#include <epoxy/gl.h>

namespace pe {
EdgeFilter::EdgeFilter() {
  program_ = std::make_unique<ShaderProgram>("fullscreen.vert", "edge.frag");
  glGenVertexArrays(1, &vao_);
  glGenSamplers(2, samplers_);
  for (int i = 0; i < 2; ++i) {
    const GLint filter = i == 0 ? GL_NEAREST : GL_LINEAR;
    glSamplerParameteri(samplers_[i], GL_TEXTURE_MIN_FILTER, filter);
    glSamplerParameteri(samplers_[i], GL_TEXTURE_MAG_FILTER, filter);
    glSamplerParameteri(samplers_[i], GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glSamplerParameteri(samplers_[i], GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  }
}

EdgeFilter::~EdgeFilter() {
  glDeleteVertexArrays(1, &vao_);
  glDeleteSamplers(2, samplers_);
}

void EdgeFilter::apply(RenderTarget& target) {
  if (!target.colorTexture()) return;  // multisampled: already smooth
  target.bindForFilteredOutput();
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_BLEND);
  glDisable(GL_CULL_FACE);
  glDisable(GL_STENCIL_TEST);
  program_->use();
  program_->set("uImage", 0);
  program_->set("uSmooth", 1);
  program_->set("uTexel", glm::vec2(1.0f / target.width(), 1.0f / target.height()));
  for (GLuint unit = 0; unit < 2; ++unit) {
    glActiveTexture(GL_TEXTURE0 + unit);
    glBindTexture(GL_TEXTURE_2D, target.colorTexture());
    glBindSampler(unit, samplers_[unit]);
  }
  glBindVertexArray(vao_);
  glDrawArrays(GL_TRIANGLES, 0, 3);
  glBindVertexArray(0);
  for (GLuint unit = 0; unit < 2; ++unit) {
    glActiveTexture(GL_TEXTURE0 + unit);
    glBindSampler(unit, 0);
    glBindTexture(GL_TEXTURE_2D, 0);
  }
  glActiveTexture(GL_TEXTURE0);
  glEnable(GL_DEPTH_TEST);
}
}  // namespace pe
