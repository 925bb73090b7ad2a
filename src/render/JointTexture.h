// Joint matrices for GPU skinning in a float texture, a row of four RGBA32F texels per joint.
// WebGL2 has no buffer textures, so the desktop and the browser use the same layout (mesh.vert
// reads it with texelFetch); as many joints as the texture height allows (2048 at least).
#pragma once
#include <vector>

#include <glm/mat4x4.hpp>

namespace pe {
class JointTexture {
 public:
  JointTexture();
  ~JointTexture();
  JointTexture(const JointTexture&) = delete;
  JointTexture& operator=(const JointTexture&) = delete;
  // Uploads the matrices and leaves the texture bound on texture unit `unit`.
  void upload(const std::vector<glm::mat4>& joints, unsigned unit);

 private:
  unsigned texture_ = 0;
  int rows_ = 1;  // joints the texture holds now
};
}  // namespace pe
