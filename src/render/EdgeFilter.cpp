#include "render/EdgeFilter.h"

#include "render/Gl.h"

namespace pe {
EdgeFilter::EdgeFilter() {
  program_ = std::make_unique<ShaderProgram>("fullscreen.vert", "edge.frag");
  mark_ = std::make_unique<ShaderProgram>("fullscreen.vert", "edge.frag",
                                          std::vector<std::string>{"MARK"});
  copy_ = std::make_unique<ShaderProgram>("fullscreen.vert", "edge.frag",
                                          std::vector<std::string>{"COPY"});
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
  for (GLuint unit = 0; unit < 2; ++unit) {
    glActiveTexture(GL_TEXTURE0 + unit);
    glBindTexture(GL_TEXTURE_2D, target.colorTexture());
    glBindSampler(unit, samplers_[unit]);
  }
  glBindVertexArray(vao_);
  const glm::vec2 texel(1.0f / target.width(), 1.0f / target.height());
  auto pass = [&](ShaderProgram& program) {
    program.use();
    program.set("uImage", 0);
    program.set("uSmooth", 1);
    program.set("uTexel", texel);
    glDrawArrays(GL_TRIANGLES, 0, 3);
  };
  // A software rasterizer runs every instruction of a shader for every pixel, branches or
  // not: the edges are marked in the stencil first (five reads), smooth pixels are copied
  // (one read), and only marked ones run the filter; the stencil test skips the rest.
  glEnable(GL_STENCIL_TEST);
  glStencilMask(0xFF);
  glClearStencil(0);
  glClear(GL_STENCIL_BUFFER_BIT);
  glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
  glStencilFunc(GL_ALWAYS, 1, 0xFF);
  glStencilOp(GL_KEEP, GL_KEEP, GL_REPLACE);
  pass(*mark_);
  glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
  glStencilOp(GL_KEEP, GL_KEEP, GL_KEEP);
  glStencilFunc(GL_EQUAL, 0, 0xFF);
  pass(*copy_);
  glStencilFunc(GL_EQUAL, 1, 0xFF);
  pass(*program_);
  glDisable(GL_STENCIL_TEST);
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
