#include "scene/Model.h"

#include <glm/gtc/matrix_transform.hpp>

namespace pe {
void Bounds::add(const glm::vec3& p) {
  min = glm::min(min, p);
  max = glm::max(max, p);
}

void Bounds::add(const Bounds& b) {
  if (!b.valid()) return;
  add(b.min);
  add(b.max);
}

Bounds Bounds::transformed(const glm::mat4& m) const {
  Bounds out;
  if (!valid()) return out;
  for (int i = 0; i < 8; ++i) {
    glm::vec3 corner((i & 1) ? max.x : min.x, (i & 2) ? max.y : min.y, (i & 4) ? max.z : min.z);
    out.add(glm::vec3(m * glm::vec4(corner, 1.0f)));
  }
  return out;
}

size_t Primitive::triangleCount() const {
  size_t n = indices.empty() ? positions.size() : indices.size();
  switch (mode) {
    case PrimitiveMode::Triangles:
      return n / 3;
    case PrimitiveMode::TriangleStrip:
    case PrimitiveMode::TriangleFan:
      return n >= 3 ? n - 2 : 0;
    default:
      return 0;
  }
}

glm::mat4 Transform::matrix() const {
  glm::mat4 m = glm::translate(glm::mat4(1.0f), translation);
  m *= glm::mat4_cast(rotation);
  return glm::scale(m, scale);
}

std::vector<uint32_t> Primitive::triangleCorners() const {
  const Primitive& p = *this;
  const size_t n = p.indices.empty() ? p.positions.size() : p.indices.size();
  auto at = [&](size_t i) { return p.indices.empty() ? static_cast<uint32_t>(i) : p.indices[i]; };
  std::vector<uint32_t> out;
  if (p.mode == PrimitiveMode::Triangles)
    for (size_t i = 0; i + 2 < n; i += 3) out.insert(out.end(), {at(i), at(i + 1), at(i + 2)});
  else if (p.mode == PrimitiveMode::TriangleStrip)
    for (size_t i = 0; i + 2 < n; ++i)
      out.insert(out.end(), (i % 2) ? std::initializer_list<uint32_t>{at(i + 1), at(i), at(i + 2)}
                                    : std::initializer_list<uint32_t>{at(i), at(i + 1), at(i + 2)});
  else if (p.mode == PrimitiveMode::TriangleFan)
    for (size_t i = 1; i + 1 < n; ++i) out.insert(out.end(), {at(0), at(i), at(i + 1)});
  return out;
}

int Model::findClip(const std::string& name) const {
  for (size_t i = 0; i < clips.size(); ++i)
    if (clips[i].name == name) return static_cast<int>(i);
  return -1;
}
}  // namespace pe
