#include "render/JointTexture.h"

#include "render/Gl.h"

namespace pe {
JointTexture::JointTexture() {
  glGenTextures(1, &texture_);
  glBindTexture(GL_TEXTURE_2D, texture_);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  const glm::mat4 identity(1.0f);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA32F, 4, 1, 0, GL_RGBA, GL_FLOAT, &identity);
  glBindTexture(GL_TEXTURE_2D, 0);
}

JointTexture::~JointTexture() {
  glDeleteTextures(1, &texture_);
}

void JointTexture::upload(const std::vector<glm::mat4>& joints, unsigned unit) {
  glActiveTexture(GL_TEXTURE0 + unit);
  glBindTexture(GL_TEXTURE_2D, texture_);
  const GLsizei rows = static_cast<GLsizei>(joints.size());
  if (rows == rows_) {
    glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, 4, rows, GL_RGBA, GL_FLOAT, joints.data());
  } else {
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA32F, 4, rows, 0, GL_RGBA, GL_FLOAT, joints.data());
    rows_ = rows;
  }
  glActiveTexture(GL_TEXTURE0);
}
}  // namespace pe
